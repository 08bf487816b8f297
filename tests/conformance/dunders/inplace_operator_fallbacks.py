# in-place operators: __iadd__ returning NotImplemented falls back to __add__, then __radd__; immutables rebind
class A:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd")
        return NotImplemented
    def __add__(self, o):
        print("add")
        return NotImplemented
    def __repr__(self): return f"A({self.v})"
class B:
    def __radd__(self, o):
        print("radd")
        return "from radd"
a = A(1)
a += B()
print(a)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = "x"; s2 = s; s += "y"; print(s, s2)
l = [1]; l2 = l; l += (2, 3); print(l, l2 is l)
try:
    l = [1]; l = l + (2,)
except TypeError as e:
    print("TypeError:", e)
class C:
    def __iadd__(self, o):
        return None
c = C()
c += 1
print(c)
class D:
    def __imul__(self, o):
        self.v = o
        return self
d = D()
d *= 3
print(d.v)
try:
    d @= 2
except TypeError as e:
    print("TypeError:", e)
x = 5
x **= 2; x //= 3; x <<= 2; x ^= 1; x %= 7; x |= 8; x &= 12; x >>= 1
print(x)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
