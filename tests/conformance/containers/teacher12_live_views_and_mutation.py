# Dict views are live: they follow mutation, and iterating one while changing the dict raises
d = {"a": 1, "b": 2}
ks, vs, its = d.keys(), d.values(), d.items()
d["c"] = 3
print(list(ks), list(vs), list(its))
del d["a"]
print(len(ks), ks, vs, its)
try:
    for k in ks:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(ks & {"b", "zz"}, ks | {"q"}, ks - {"b"})
print(its >= {("b", 2)}, ("b", 2) in its)
d2 = {"x": 1}
it = iter(d2)
d2["y"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d3 = {"x": 1}
it = iter(d3)
d3["x"] = 5
print(next(it))
