# Which objects the cyclic collector tracks.
import gc

class C:
    pass

def f():
    pass

print("int", gc.is_tracked(1))
print("str", gc.is_tracked("text"))
print("float", gc.is_tracked(1.5))
print("None", gc.is_tracked(None))
print("empty tuple", gc.is_tracked(()))
print("list", gc.is_tracked([]))
print("set", gc.is_tracked(set()))
print("frozenset", gc.is_tracked(frozenset()))
print("instance", gc.is_tracked(C()))
print("class", gc.is_tracked(C))
print("function", gc.is_tracked(f))
print("empty dict", gc.is_tracked({}))
print("dict of ints", gc.is_tracked({1: 2}))
print("dict with a list", gc.is_tracked({1: []}))
