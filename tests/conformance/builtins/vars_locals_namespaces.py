# vars() and locals() with no argument return the namespace of a module or class body, and vars(obj) obj.__dict__.
import sys

class Config:
    debug = False
    level = 3
    names = sorted(k for k in locals() if not k.startswith("__"))
    same = vars() is locals()

print(Config.names, Config.same)
print(sorted(k for k in vars() if not k.startswith("__")))
print(vars() is globals(), locals() is globals())

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, [2])
d = vars(p)
print(d, d is p.__dict__, sys.getrefcount(d))
del d
print(sys.getrefcount(p.y))

for bad in (lambda: vars(1), lambda: locals(1), lambda: vars(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
