# Copies of a split __dict__: copy() and | share the class's keys, dict() and {**d} build ordinary dicts.
import sys

class P:
    pass

for n in range(0, 13, 3):
    p = P()
    for i in range(n):
        setattr(p, "a%d" % i, i)
    d = p.__dict__
    print(n, sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}), sys.getsizeof(d | {}))

q = P()
q.a = 1
c = q.__dict__.copy()
c["brand_new"] = 2
print("copy grows keys", sys.getsizeof(c), sys.getsizeof(q.__dict__))
e = {}
e.update(q.__dict__)
print("update", sys.getsizeof(e))
big = {"k%d" % i: i for i in range(50)}
r = P()
r.x = 1
r.__dict__.update(big)
print("big update", sys.getsizeof(r.__dict__), len(r.__dict__))
