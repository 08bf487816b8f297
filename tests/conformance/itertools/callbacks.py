# accumulate, takewhile, dropwhile, filterfalse, compress, starmap, pairwise: results and the function and items they hold.
import sys
import gc
import itertools

print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda x, y: x * y)))
print(list(itertools.accumulate([], initial=5)), list(itertools.accumulate([3, 1, 2], max, initial=0)))
print(list(itertools.accumulate(["a", "b", "c"])))

def add(x, y):
    return x + y

acc = itertools.accumulate([[1], [2], [3]], add)
print(sys.getrefcount(add))
t1 = next(acc)
print(t1, sys.getrefcount(t1))
t2 = next(acc)
print(t2, sys.getrefcount(t2), sys.getrefcount(t1))
del acc
print(sys.getrefcount(add), sys.getrefcount(t2))

def small(v):
    return v < 3

tw = itertools.takewhile(small, [1, 2, 5, 1])
print(sys.getrefcount(small), list(tw), list(tw))
print(list(itertools.dropwhile(small, [1, 2, 5, 1, 7])))
print(list(itertools.filterfalse(small, range(6))), list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.filterfalse(bool, [0, 2])))
print(list(itertools.compress("abcdef", [1, 0, 1, 1])), list(itertools.compress(range(3), iter([True] * 5))))
print(list(itertools.starmap(pow, [(2, 3), [3, 2]])), list(itertools.starmap(add, ["ab", "cd"])))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])))
pw = itertools.pairwise([[1], [2], [3]])
p1 = next(pw)
print(p1, sys.getrefcount(p1[1]))
del pw
print(sys.getrefcount(p1[1]))
for o in (itertools.accumulate([]), itertools.takewhile(small, []), itertools.dropwhile(small, []), itertools.filterfalse(None, []), itertools.compress([], []), itertools.starmap(pow, []), itertools.pairwise([])):
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))
