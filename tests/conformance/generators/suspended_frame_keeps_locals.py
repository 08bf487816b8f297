# generator frames keep locals alive while suspended, and drop them when finished
import sys
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def gen(obj):
    local = Tracked("local")
    yield 1
    yield sys.getrefcount(obj)
t = Tracked("arg")
print("before", sys.getrefcount(t))
g = gen(t)
print("created", sys.getrefcount(t))
print(next(g))
print("suspended", sys.getrefcount(t))
print("inside", next(g))
print(g.gi_frame is not None, g.gi_running)
for _ in g:
    pass
print("finished", g.gi_frame, sys.getrefcount(t))
del g
g2 = gen(t)
next(g2)
print("closing")
g2.close()
print("closed", sys.getrefcount(t))
del g2
print("end")
del t
