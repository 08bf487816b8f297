# Reference counts around a @contextmanager with: the manager, its generator and the yielded object, inside and after the block
import sys
from contextlib import contextmanager


class Resource:
    pass


@contextmanager
def opened(resource):
    print("  in generator, resource:", sys.getrefcount(resource))
    yield resource
    print("  cleanup, resource:", sys.getrefcount(resource))


r = Resource()
print("before:", sys.getrefcount(r))
cm = opened(r)
print("manager made:", sys.getrefcount(cm), "resource:", sys.getrefcount(r), "generator:", sys.getrefcount(cm.gen))
with cm as value:
    print("inside: manager", sys.getrefcount(cm), "generator", sys.getrefcount(cm.gen), "resource", sys.getrefcount(r))
    print("value is r:", value is r)
print("after: manager", sys.getrefcount(cm), "generator", sys.getrefcount(cm.gen), "resource", sys.getrefcount(r))
del value
print("value deleted:", sys.getrefcount(r))
gen = cm.gen
del cm
print("manager deleted: generator", sys.getrefcount(gen), "resource", sys.getrefcount(r))
del gen
print("generator deleted: resource", sys.getrefcount(r))


def inside_function():
    thing = Resource()
    with opened(thing) as t:
        print("  function body:", sys.getrefcount(thing))
    print("  after with in function:", sys.getrefcount(thing))
    return t


kept = inside_function()
print("returned:", sys.getrefcount(kept))


@contextmanager
def fresh():
    obj = Resource()
    print("  made, count", sys.getrefcount(obj))
    yield obj
    print("  cleanup, count", sys.getrefcount(obj))


with fresh() as f:
    print("body:", sys.getrefcount(f))
print("after:", sys.getrefcount(f))


# The manager is held by the with statement itself (through its bound __exit__) while the block runs.
with opened(Resource()) as anonymous:
    print("anonymous resource:", sys.getrefcount(anonymous))
print("after anonymous:", sys.getrefcount(anonymous))
