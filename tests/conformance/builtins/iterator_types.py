# map, filter, zip, enumerate and reversed are types: their reprs, isinstance, __new__, enumerate[int], argument errors, and each call's reference to its argument (zip's packs a tuple)
import sys, gc
print(map, zip, enumerate, filter, reversed, type(map))
print(map.__name__, map.__qualname__, map.__module__, enumerate.__name__, callable(zip))
m = map(str, [1, 2])
print(isinstance(m, map), isinstance(m, (filter, zip)), issubclass(map, object), type(m) is map)
print(isinstance(enumerate("ab"), enumerate), isinstance(reversed([1]), reversed), isinstance(reversed(range(3)), reversed))
class R:
    def __len__(self): return 2
    def __getitem__(self, i): return i
r = reversed(R())
print(type(r), isinstance(r, reversed), list(r))
print(list(zip([1, 2], "ab", strict=True)), list(enumerate("xy", start=5)))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
calls = [lambda: map(), lambda: map(str), lambda: filter(), lambda: enumerate(), lambda: reversed(), lambda: zip(1),
         lambda: map(str, [1], x=1), lambda: enumerate([], start='a'), lambda: reversed(1), lambda: filter(None, [1], 2),
         lambda: enumerate(iterable=[1], begin=2), lambda: zip([1], stric=True)]
for i, bad in enumerate(calls):
    try:
        bad()
    except TypeError as e:
        print(i, "->", e)
print(gc.is_tracked(m), sys.getsizeof(m), sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(filter(None, [])))
print(enumerate[int], type(enumerate[int]))
try:
    map[int]
except TypeError as e:
    print(e)
print(list(enumerate(iterable="ab", start=1)))
m = map.__new__(map, str, [1, 2])
print(list(m))
print(type(enumerate.__new__(enumerate, "ab")), list(zip.__new__(zip, "ab", "cd")), list(filter.__new__(filter, None, [0, 1])))
print(list(reversed.__new__(reversed, [1, 2])))
for call in (lambda: map.__new__(), lambda: map.__new__(int), lambda: enumerate.__new__(map, []), lambda: map.__new__(map, str)):
    try:
        call()
    except TypeError as e:
        print(e)
x = [1, 2]
print(sys.getrefcount(x))
z = zip.__new__(zip, x)
print(sys.getrefcount(x))
print(map.__new__ is map.__dict__['__new__'], map.__init__ is object.__init__)
x = [1, 2]
class Probe:
    def __iter__(self):
        print("refcount of self while iter() runs:", sys.getrefcount(self))
        return iter(x)
p = Probe()
map(str, p); filter(None, p); zip(p); enumerate(p); reversed([1])
print(sys.getrefcount(p))
class R:
    def __reversed__(self):
        print("in reversed", sys.getrefcount(self))
        return iter(x)
reversed(R())
