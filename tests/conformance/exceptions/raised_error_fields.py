# The interpreter's own AttributeError keeps the name and the object (so the object lives as long as the exception), NameError its name
import sys, gc

class C:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)

try:
    C("temp").missing
except AttributeError:
    print("handler")
print("after")

c = C("c")
try:
    c.y
except AttributeError as e:
    print(sys.getrefcount(c), e.name, e.obj is c)
print(sys.getrefcount(c))
try:
    getattr(c, "via_getattr")
except AttributeError as e:
    print(e.name, e.obj is c)
print(getattr(c, "zz", None), hasattr(c, "zz"))
saved = None
try:
    c.kept
except AttributeError as e:
    saved = e
print(sys.getrefcount(c))
del saved
print(sys.getrefcount(c))

class Hooked:
    def __getattr__(self, name):
        raise AttributeError("custom " + name)
    @property
    def broken(self):
        raise AttributeError("from property")
    @property
    def named(self):
        raise AttributeError("already named", name="preset")
h = Hooked()
print(hasattr(h, "anything"), getattr(h, "broken", "default"))
class Answers:
    def __getattr__(self, name):
        return name * 2
    @property
    def broken(self):
        raise AttributeError("from property")
a = Answers()
print(hasattr(a, "xy"), getattr(a, "ab", None), a.broken, getattr(a, "broken", None))
for attr in ("anything", "broken", "named"):
    try:
        getattr(h, attr)
    except AttributeError as e:
        print(e, e.name, e.obj is h)
class Plain:
    @property
    def broken(self):
        raise AttributeError("from property")
    @property
    def named(self):
        raise AttributeError("already named", name="preset")
p = Plain()
for attr in ("broken", "named"):
    try:
        getattr(p, attr)
    except AttributeError as e:
        print(e, e.name, e.obj is p)
print(hasattr(p, "broken"), getattr(p, "named", "default"))
try:
    int.nope
except AttributeError as e:
    print(e, e.name, e.obj is int)

try:
    undefined_here
except NameError as e:
    print(e.name, e.args)
def f():
    try:
        print(local_later)
    except NameError as e:
        print(type(e).__name__, e.name)
    local_later = 1
f()
try:
    import not_a_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e.path)

# A cycle through the object an AttributeError keeps
gc.collect()
class Node:
    pass
n = Node()
try:
    n.nothing
except AttributeError as e:
    n.err = e
del n
print(gc.collect())
del c
class P:
    @property
    def m(self):
        raise AttributeError("inner")
p = P()
try:
    p.m()
except AttributeError as e:
    print(e.name, e.obj)
try:
    p.m
except AttributeError as e:
    print(e.name, e.obj is p)
try:
    p.zz()
except AttributeError as e:
    print(e.name, e.obj is p)
