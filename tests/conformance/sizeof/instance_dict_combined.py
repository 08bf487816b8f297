# A split __dict__ becomes an ordinary dict on a non-str key, popitem(), clear() or when the shared keys are full.
import sys

class P:
    pass

p = P()
p.a = 1
p.b = 2
d = p.__dict__
print("split", sys.getsizeof(d))
d[1] = "one"
print("int key", sys.getsizeof(d), len(d))

q = P()
q.a = 1
dq = q.__dict__
print("popitem", dq.popitem(), sys.getsizeof(dq))
dq["c"] = 3
print("after popitem", sys.getsizeof(dq))

r = P()
r.a = 1
r.b = 2
dr = r.__dict__
dr.clear()
print("clear", sys.getsizeof(dr))
r.c = 3
print("after clear", sys.getsizeof(dr), list(dr))

# Deleting keeps it split, with or without a materialized dict.
s = P()
s.a = 1
s.b = 2
del s.a
print("del before", sys.getsizeof(s.__dict__), list(s.__dict__))
del s.b
s.a = 9
print("del after", sys.getsizeof(s.__dict__), list(s.__dict__))
print("pop", s.__dict__.pop("a"), sys.getsizeof(s.__dict__))

# More than 30 names: the keys are full and the instance gets an ordinary dict.
class Wide:
    pass

w = Wide()
sizes = []
for i in range(36):
    setattr(w, "attr%d" % i, i)
    if i in (0, 27, 28, 29, 30, 35):
        sizes.append((i + 1, sys.getsizeof(w.__dict__)))
print("wide", sizes)
w2 = Wide()
w2.attr0 = 0
w2.other = 1
print("wide2", sys.getsizeof(w2.__dict__), list(w2.__dict__))
print("instance sizes", sys.getsizeof(w), sys.getsizeof(w2))
