# An instance __dict__ is a split-table dict: its size follows the class's shared keys, which every new instance shrinks.
import sys

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print("p", sys.getsizeof(p.__dict__), sys.getsizeof(p))
q = P(3, 4)
print("q", sys.getsizeof(q.__dict__), "p again", sys.getsizeof(p.__dict__))
p.z = 5
print("p with z", sys.getsizeof(p.__dict__), list(p.__dict__))
print("vars(q)", sys.getsizeof(vars(q)), vars(q) is q.__dict__)

class E:
    pass

e = E()
print("empty", sys.getsizeof(e.__dict__), len(e.__dict__))
# Each instance takes one slot from the keys until a single one is left.
many = [E() for _ in range(40)]
print("after 41 instances", [sys.getsizeof(m.__dict__) for m in many[:3]], sys.getsizeof(e.__dict__))

# Attributes set in another order still share the keys; the dict keeps its own order.
class R:
    pass

a = R()
a.first = 1
a.second = 2
b = R()
b.second = 2
b.first = 1
b.third = 3
print("orders", list(a.__dict__), list(b.__dict__), sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__))

# Attributes added after __dict__ was asked for go into the same split dict.
c = R()
d = c.__dict__
c.late = 1
d["later"] = 2
print("late", sys.getsizeof(d), list(d), c.later)
