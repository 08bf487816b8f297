# A set iterated (so pymem's map of it is in slot order), then grown by |=, update() or add() past a resize:
# the resize moves the old elements to new slots, and what is added after lands past them.
import sys
s = {8, 1}
for x in s:
    pass
print(s)
s |= {9, 10, 11, 12}
print(s, sys.getsizeof(s))
t = {8, 1}
print(list(t))
t.update({9: 0, 10: 0, 11: 0, 12: 0})
print(t)
u = {8, 1}
print([x for x in u])
for k in (9, 10, 11, 12, 13):
    u.add(k)
    print(u)
v = {16, 3, 35}
print(v)
v |= set(range(36, 44))
print(v, sys.getsizeof(v))
w = {8, 1}
print(w)
w |= {2}
print(w)
w |= {20, 21, 22, 23, 24, 25}
print(sorted(w) == list(w), w)
