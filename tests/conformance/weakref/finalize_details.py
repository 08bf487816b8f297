# weakref.finalize in detail: what it holds (func and args, never the object), keyword arguments, peek and
# detach, its place among __del__ and weakref callbacks, and the finalizers still alive at exit (newest first).
import sys
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def report(*args, **kwargs):
    print("finalizer", args, sorted(kwargs.items()))
    return len(args)


token = ["token"]
r = Resource("r")
print("refcount of r before:", sys.getrefcount(r))
f = weakref.finalize(r, report, "r", token, flag=True)
print("refcount of r after:", sys.getrefcount(r), "| token:", sys.getrefcount(token))
print("weakrefs to r:", weakref.getweakrefcount(r))
print("peek:", f.peek()[1].__name__, f.peek()[2], f.alive, f.atexit)
ref = weakref.ref(r, lambda wr: print("plain weakref callback"))
del r
print("after del:", f.alive, f.peek(), sys.getrefcount(token))

s = Resource("s")
g = weakref.finalize(s, report, "s")
print("detach:", g.detach()[2], g.alive)
print("detach again:", g.detach())
del s

print("direct call returns:", weakref.finalize(Resource("t"), report, 1, 2)())

late1 = Resource("late1")
late2 = Resource("late2")
weakref.finalize(late1, print, "at exit: first registered")
weakref.finalize(late2, print, "at exit: second registered")
print("end of program")
