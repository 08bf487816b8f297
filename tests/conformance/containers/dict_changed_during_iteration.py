# Changing a dict while iterating it: size changes, keys swapped at the same size, and the iterator afterwards
def attempt(label, body):
    try:
        body()
        print(label, "finished")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

d = {"a": 1, "b": 2}
def swap_keys():
    for k in d:
        print("  visit", k)
        del d[k]
        d[k + "2"] = 0
attempt("swap", swap_keys)
print(d)

d2 = {"a": 1, "b": 2, "c": 3}
def swap_once():
    for k in d2:
        print("  visit", k)
        if k == "a":
            del d2["a"]
            d2["z"] = 26
attempt("swap once", swap_once)
print(d2)

d3 = {1: "x", 2: "y"}
it = iter(d3.items())
print(next(it))
d3[3] = "z"
attempt("grown", lambda: next(it))
del d3[3]
attempt("same size again", lambda: next(it))

d4 = {"k": 1, "m": 2}
it4 = iter(d4.values())
print(next(it4))
del d4["k"]
d4["n"] = 3
print(next(it4))
attempt("values after swap", lambda: next(it4))
print(list(it4))

class Obj:
    pass
o = Obj()
o.a, o.b = 1, 2
def swap_attrs():
    for name in vars(o):
        print("  attr", name)
        delattr(o, name)
        setattr(o, name + "_", 0)
attempt("instance dict", swap_attrs)
print(sorted(vars(o)))

p = Obj()
p.a, p.b, p.c = 1, 2, 3
def split_becomes_combined():
    ns = vars(p)
    for name in ns:
        print("  key", name)
        if name == "a":
            del ns["b"]
            ns[1] = "int key"
attempt("split to combined", split_becomes_combined)
print(list(vars(p)))
q = Obj()
q.x, q.y = 1, 2
def swap_on_split_then_more():
    ns = vars(q)
    for name in ns:
        print("  key", name)
        if name == "x":
            del ns["x"]
            ns[2] = 0
attempt("split swap non-str", swap_on_split_then_more)
print(list(vars(q)))
