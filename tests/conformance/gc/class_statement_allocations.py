# A class statement allocates its type, dict, tuples, descriptors and a weak reference in each base: gc.get_count() shows them.
import gc
import sys
import weakref

results = []


def measure(label, before):
    results.append((label, gc.get_count()[0] - before))


gc.collect()
gc.disable()

class First:
    pass

before = gc.get_count()[0]
class Second:
    pass
measure("plain", before)

before = gc.get_count()[0]
class WithMethod:
    def method(self):
        pass
measure("one method", before)

before = gc.get_count()[0]
class Sub(First):
    pass
measure("first subclass", before)

before = gc.get_count()[0]
class Sub2(First):
    pass
measure("second subclass", before)

before = gc.get_count()[0]
class Multiple(Sub, Second):
    pass
measure("two bases", before)

before = gc.get_count()[0]
class UsesSuper(Second):
    def method(self):
        return super().method()
measure("super()", before)
print(results)

layouts = []
gc.collect()
before = gc.get_count()[0]
class OneName:
    __slots__ = "a"
layouts.append(gc.get_count()[0] - before)
gc.collect()
before = gc.get_count()[0]
class FromList:
    __slots__ = ["b", "a"]
layouts.append(gc.get_count()[0] - before)
gc.collect()
before = gc.get_count()[0]
class NoSlots:
    __slots__ = ()
layouts.append(gc.get_count()[0] - before)
gc.collect()
before = gc.get_count()[0]
class OnlyWeak:
    __slots__ = ("__weakref__",)
layouts.append(gc.get_count()[0] - before)
gc.collect()
before = gc.get_count()[0]
class WithDict:
    __slots__ = ("x", "__dict__")
layouts.append(gc.get_count()[0] - before)
print("__slots__:", layouts)

gc.enable()
print("weak references to a new class:", weakref.getweakrefcount(First), weakref.getweakrefcount(Sub))
ref = weakref.ref(Second)
print("weakref.ref reuses its base's:", weakref.getweakrefcount(Second), sys.getrefcount(ref))
del Sub, Sub2, Multiple
print("subclasses collected:", gc.collect())
