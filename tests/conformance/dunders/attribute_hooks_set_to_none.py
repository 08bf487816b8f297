# attribute hooks set to None: __getattr__ only on a miss, __setattr__/__delattr__ on every write, __getattribute__ always
class G:
    __getattr__ = None
    def __init__(self): self.x = 1
g = G()
print(g.x)
try:
    g.missing
except TypeError as e:
    print("TypeError:", e)
print(getattr(g, "x"))
try:
    hasattr(g, "nope")
except TypeError as e:
    print("TypeError:", e)
class S:
    __setattr__ = None
s = S()
try:
    s.a = 1
except TypeError as e:
    print("TypeError:", e)
class D:
    __delattr__ = None
d = D()
d.a = 1
try:
    del d.a
except TypeError as e:
    print("TypeError:", e)
print(d.a)
class A:
    __getattribute__ = None
a = A()
try:
    a.anything
except TypeError as e:
    print("TypeError:", e)
print(type(a).__name__)
