# when a generator frame releases its locals: after exhaustion, close, and during iteration
import sys
class Big:
    def __init__(self, n): self.n = n
    def __del__(self): print("free", self.n)
def make():
    a = Big(1)
    yield "one"
    del a
    b = Big(2)
    yield "two"
    print("last")
g = make()
print(next(g))
print(next(g))
for _ in g:
    pass
print("exhausted")
def loop():
    for i in range(3):
        tmp = Big(10 + i)
        yield i
print([x for x in loop()])
g = loop()
next(g)
print(g.gi_frame.f_locals["i"], sys.getrefcount(g.gi_frame.f_locals["tmp"]))
g.close()
print("closed")
def arg_holder(obj):
    yield
obj = Big(99)
g = arg_holder(obj)
print(sys.getrefcount(obj))
del obj
print("del name")
del g
print("end")
