# sys.getsizeof of instances and their __dict__ as attributes are added, and of classes' parts
import sys
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(sys.getsizeof(p), sys.getsizeof(p.__dict__))
q = P()
q.c = 3
print(sys.getsizeof(q.__dict__))
for i in range(10):
    setattr(q, f"x{i}", i)
print(sys.getsizeof(q.__dict__))
r = P()
del r.a
print(sys.getsizeof(r.__dict__), vars(r))
class E: pass
e = E()
print(sys.getsizeof(e), sys.getsizeof(e.__dict__))
d = {"a": 1, "b": 2}
print(sys.getsizeof(d), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()), sys.getsizeof({**d}))
print(sys.getsizeof(dict.fromkeys(range(6))), sys.getsizeof({i: i for i in range(6)}))
