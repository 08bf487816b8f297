# Dict keys and items views are set-like: &, |, -, ^ with any iterable give new sets; they compare with sets; isdisjoint.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.keys() & ["x", "q"]), sorted({"x", "q"} & a.keys()), sorted(["z"] - a.keys() if False else a.keys() - ["z"]))
print(sorted(a.items() & {("x", 1), ("y", 5)}), type(a.keys() & b.keys()).__name__)
print(sorted({1, 2} | {3: 0}.keys()), sorted({"x"} - a.keys()), {"y"} ^ a.keys() == {"x", "z"})
try:
    a.keys() & 5
except TypeError as e:
    print(e)
try:
    a.values() & b.values()
except TypeError as e:
    print(e)
import sys
k = [1]
d = {1: k}
s = d.keys() | {2}
print(sorted(s), sys.getrefcount(k))
a = {"x": 1, "y": 2}
print(a.keys() == {"x", "y"}, a.keys() <= {"x", "y", "z"}, a.keys() < {"x"}, a.keys() == ["x", "y"], a.keys() != {"x"}, {"x", "y"} == a.keys(), a.items() == {("x", 1), ("y", 2)}, a.keys().isdisjoint({"q"}))
