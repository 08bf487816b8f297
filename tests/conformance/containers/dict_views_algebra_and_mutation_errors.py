# dict views' set operations and comparisons, and what type each result is
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "z": 3, "w": 4}
k = a.keys()
print(sorted(k & b.keys()), sorted(k | b.keys()), sorted(k - b.keys()), sorted(k ^ b.keys()))
print(type(k & b.keys()).__name__, sorted(k & ["x", "q"]), sorted(["x", "q"] & k), sorted(k - {"x"}))
i = a.items()
print(sorted(i & b.items()), sorted(i - b.items()), sorted(i ^ b.items()))
print(k == {"x", "y", "z"}, k == ["x", "y", "z"], k <= {"x", "y", "z", "q"}, k < k, k >= {"x"}, i == {("x", 1), ("y", 2), ("z", 3)})
print(k.isdisjoint({"q"}), k.isdisjoint(["x"]), i.isdisjoint({("x", 2)}))
print(("x", 1) in i, ("x", 2) in i, "x" in k, 1 in a.values())
try:
    a.values() & {1}
except TypeError as e:
    print(e)
try:
    a.values() == a.values()
    print(a.values() == a.values())
except TypeError as e:
    print(e)
print(len(k), list(reversed(k)), list(reversed(i)), list(reversed(a.values())))
try:
    k & 5
except TypeError as e:
    print(e)
try:
    {["x"]: 1}
except TypeError as e:
    print(e)
try:
    i & {(["x"], 1)}
except TypeError as e:
    print(e)
print(repr(k), repr(i), repr(a.values()))
for key in k:
    if key == "x":
        try:
            a["new"] = 1
        except RuntimeError as e:
            print(e)
try:
    for key in a:
        a["new2"] = 1
except RuntimeError as e:
    print(e)
try:
    for key in a:
        del a["new2"]
        a["q"] = 1
except RuntimeError as e:
    print(e)
