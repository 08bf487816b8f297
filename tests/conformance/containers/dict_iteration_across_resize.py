# Changing a dict while iterating it: CPython's iterator walks the entries array by index, so after an
# insertion that resizes (and compacts) the array it goes on at the same index and skips entries
def attempt(label, d, body, view=lambda d: d):
    seen = []
    try:
        for x in view(d):
            seen.append(x)
            body(d, x)
    except RuntimeError as e:
        seen.append("RuntimeError: " + str(e))
    print(label, seen, d)

def rename(d, k):
    d[k + 10] = d.pop(k)
attempt("rename ints", {i: i for i in range(5)}, rename)
attempt("rename strs", {c: c for c in "abc"}, lambda d, k: d.__setitem__(k.upper(), d.pop(k)) if k.islower() else None)

def swap_first(d, k):
    if k == 1:
        del d[0]
        d[10] = 10
attempt("delete behind, add", {i: i for i in range(5)}, swap_first)

def swap_ahead(d, k):
    if k == 1:
        del d[3]
        d[10] = 10
attempt("delete ahead, add", {i: i for i in range(5)}, swap_ahead)

for n in (3, 5, 6, 8, 10, 11, 21, 22):
    def twice(d, k, n=n):
        if k == 0:
            del d[1]; del d[2]
            d[100] = 1; d[101] = 2
    attempt(f"two swaps in {n}", {i: i for i in range(n)}, twice)

attempt("values", {i: i * 10 for i in range(5)}, lambda d, v: d.__setitem__(v + 100, d.pop(v // 10, None)) if v < 40 else None, lambda d: d.values())
attempt("items", {i: i for i in range(5)}, lambda d, kv: d.__setitem__(kv[0] + 10, d.pop(kv[0])), lambda d: d.items())
attempt("keys view", {i: i for i in range(5)}, rename, lambda d: d.keys())
attempt("reversed", {i: i for i in range(5)}, rename, lambda d: reversed(d))
attempt("reversed delete behind", {i: i for i in range(5)}, lambda d, k: (d.pop(1, None), d.__setitem__(50 + k, 0)) if k == 3 else None, lambda d: reversed(d))
attempt("reversed items", {i: i for i in range(6)}, lambda d, kv: d.__setitem__(kv[0] + 10, d.pop(kv[0])), lambda d: reversed(d.items()))
attempt("update value", {i: i for i in range(5)}, lambda d, k: d.__setitem__(k, k * 2))

class A:
    pass
a = A()
a.x, a.y, a.z = 1, 2, 3
attempt("instance dict", a.__dict__, lambda d, k: d.__setitem__(k + "2", d.pop(k)) if len(k) == 1 else None)
b = A()
b.p, b.q = 1, 2
attempt("instance dict reversed", b.__dict__, lambda d, k: d.__setitem__(k + "2", d.pop(k)), lambda d: reversed(d))
c = dict.fromkeys(range(6))
attempt("fromkeys", c, rename)
e = {i: i for i in range(8)}
del e[3]
f = e.copy()
attempt("copy with a hole", f, rename)
g = dict(zip(range(4), range(4)))
g.update({9: 9})
attempt("after update", g, rename)
h = {"a": 1, "b": 2, "c": 3}
attempt("str keys become general", h, lambda d, k: d.__setitem__(len(d) + 100, d.pop(k)) if isinstance(k, str) else None)
