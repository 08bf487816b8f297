# Augmented operators on a frozenset build a new frozenset and rebind the name (frozenset has no __ior__); a set looked up among frozensets is turned into a temporary frozenset, as set_contains, discard and remove do
import sys
a = frozenset({1})
b = a
a |= {2}
print(a, b, a is b)
for op in ("&=", "-=", "^="):
    x = frozenset({1, 2, 3})
    y = x
    if op == "&=":
        x &= {1, 9}
    elif op == "-=":
        x -= {1, 9}
    else:
        x ^= {1, 9}
    print(op, sorted(x), sorted(y), x is y, type(x).__name__)
k = frozenset({5})
d = {k: "x"}
k |= {6}
print(d, d[frozenset({5})])
class F(frozenset):
    pass
f = F({1})
g = f
f |= {2}
print(f, g, type(f).__name__, type(g).__name__)
e = frozenset()
e2 = e
e |= frozenset()
print(e is e2, e)
s = {1}
s2 = s
s |= {2}
print(s is s2, s)
S = {frozenset({1}), frozenset({2, 3})}
print({1} in S, {4} in S, {2, 3} in frozenset(S))
S.discard({2, 3})
print(sorted(map(sorted, S)))
S.remove({1})
print(S)
try:
    S.remove({7})
except KeyError as err:
    print("KeyError", err)
try:
    [1] in S
except TypeError as err:
    print(err)
class T(set):
    pass
print(T({1}) in {frozenset({1})})
probe = {5}
print(sys.getrefcount(probe), probe in {frozenset({5})}, sys.getrefcount(probe))
