# copy.deepcopy memo: shared sub-objects stay shared, refcounts before and after
import copy, sys
inner = [1, 2]
outer = [inner, inner, (inner,)]
print(sys.getrefcount(inner))
d = copy.deepcopy(outer)
print(sys.getrefcount(inner))
print(d[0] is d[1], d[2][0] is d[0], d[0] is inner)
print(sys.getrefcount(d[0]))
memo = {}
d2 = copy.deepcopy(outer, memo)
print(len(memo) > 0, id(inner) in memo, memo[id(inner)] is d2[0])
print(sys.getrefcount(d2[0]))
del memo
print(sys.getrefcount(d2[0]))
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs)
