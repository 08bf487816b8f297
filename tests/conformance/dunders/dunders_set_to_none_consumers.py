# classes that set __iter__ or __len__ to None, fed to the builtins that consume iterables
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
class LenNone:
    __len__ = None
    def __iter__(self): return iter([1, 2])
for f in (list, tuple, set, sorted, sum, max, enumerate, dict.fromkeys, frozenset, any, all, "".join):
    try:
        print(f.__name__ if hasattr(f, "__name__") else f, f(NoIter()))
    except TypeError as e:
        print("TypeError:", e)
print(list(LenNone()), tuple(LenNone()), sorted(LenNone()), [x for x in LenNone()])
try:
    a, b, c = NoIter()
except TypeError as e:
    print("TypeError:", e)
try:
    print(*NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    [].extend(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    {}.update(NoIter())
except TypeError as e:
    print("TypeError:", e)
l = []
l += LenNone()
print(l)
try:
    l[0:1] = NoIter()
except TypeError as e:
    print("TypeError:", e)
try:
    bool(LenNone())
except TypeError as e:
    print("TypeError:", e)
print(2 in LenNone())
try:
    reversed(LenNone())
except TypeError as e:
    print("TypeError:", e)
for f in (lambda: [*NoIter()], lambda: {*NoIter()}, lambda: (*NoIter(),), lambda: 1 in NoIter(), lambda: dict(NoIter()), lambda: "-".join(NoIter())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
