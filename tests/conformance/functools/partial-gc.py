# Reference cycles through functools.partial (its args, keywords and __dict__) reclaimed by gc.collect(), and what its dealloc releases in which order.
import functools
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def handler(*args, **kwargs):
    return len(args) + len(kwargs)

gc.collect()
gc.disable()
n = Node("args")
n.cb = functools.partial(handler, n)
del n
print("collected", gc.collect())

n = Node("keywords")
n.cb = functools.partial(handler, node=n)
del n
print("collected", gc.collect())

p = functools.partial(handler)
p.self = p
r = weakref.ref(p)
del p
print(r() is not None)
print("collected", gc.collect(), r())

print("order")
p = functools.partial(handler, Node("a1"), Node("a2"), k=Node("kw"))
p.extra = Node("dict")
del p
print("flattened")
inner = functools.partial(handler, Node("inner"))
outer = functools.partial(inner, Node("outer"))
print(outer.func is handler, len(outer.args))
del inner
print("inner gone")
del outer
gc.enable()
print("end")
p = functools.partial(handler)
r = weakref.ref(p)
print(r() is p, weakref.getweakrefcount(p))
del p
print(r())
