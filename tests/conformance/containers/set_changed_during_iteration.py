# Changing a set while iterating it: its slots are walked in order, so a discarded item is not met and one added ahead of the position is
def attempt(label, body):
    try:
        body()
        print(label, "finished")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

s = {1, 2, 3}
def swap():
    for x in s:
        print("  visit", x)
        if x == 1:
            s.discard(2)
            s.add(9)
attempt("discard then add", swap)
print(s)

t = {8, 16, 3}
def swap_behind():
    for x in t:
        print("  visit", x)
        if x == 3:
            t.discard(3)
            t.add(1)
attempt("add behind position", swap_behind)
print(t)

u = {"a", "b", "c"}
def grow():
    for x in u:
        u.add(x * 2)
attempt("grow", grow)
print(sorted(u))

v = {1, 2}
it = iter(v)
print(next(it))
v.add(3)
attempt("after growth", lambda: next(it))
v.discard(3)
attempt("same size again", lambda: next(it))

w = set(range(5))
for x in w:
    print("  w visit", x)
    w.discard(x)
    w.add(x + 5)
print(sorted(w))
fs = frozenset({3, 1, 2})
print(list(iter(fs)), sorted(fs))
