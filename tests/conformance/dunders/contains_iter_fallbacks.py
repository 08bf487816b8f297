# `in` falls back from __contains__ to __iter__ to __getitem__; iter() fallback rules and errors
class C:
    def __contains__(self, x):
        print("contains", x); return x == 1
class I:
    def __iter__(self):
        print("iter"); return iter([1, 2, 3])
class G:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3: raise IndexError(i)
        return i * 10
class N:
    pass
print(1 in C(), 2 in C(), 2 in I(), 10 in G(), 99 in G())
print(list(G()), list(iter(G())))
try:
    1 in N()
except TypeError as e:
    print("TypeError:", e)
try:
    iter(N())
except TypeError as e:
    print("TypeError:", e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in BadIter(): pass
except TypeError as e:
    print("TypeError:", e)
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    def __contains__(self, x): return "nonempty"
print(1 in Truthy(), 1 not in Truthy())
it = iter(G())
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
def gen():
    yield 1
c = iter(lambda: 5, 5)
print(list(c))
