# object's four orderings answer NotImplemented when called directly; comparisons still fall back to TypeError
import functools
class A: pass
a, b = A(), A()
print(object.__lt__(a, b), object.__le__(a, a), object.__gt__(1, 2), object.__ge__("x", "y"))
print(a.__lt__(b), a.__gt__(a), A.__le__(a, b), type(object.__lt__).__name__, type(a.__ge__).__name__)
print(object.__lt__, A.__lt__ is object.__lt__, A.__dict__.get("__lt__"))
for call in (lambda: object.__lt__(a), lambda: a.__lt__(), lambda: object.__lt__(), lambda: a.__lt__(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class B:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        r = super().__lt__(other)
        print("super says", r)
        return self.v < other.v
print(B(1) < B(2), B(3) > B(2))
print(sorted([B(3), B(1), B(2)], key=lambda x: x)[0].v)
@functools.total_ordering
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(C(1) <= C(2), C(3) >= C(2), C(1) > C(2))
class D(int):
    pass
print(D(3).__lt__(4), object.__lt__(D(3), 4), (3).__lt__(4.0))
print(hasattr(a, "__lt__"), "__lt__" in dir(a), "__lt__" in object.__dict__)
class E:
    __lt__ = object.__lt__
try:
    E() < E()
except TypeError as e:
    print("TypeError:", e)
class F:
    def __gt__(self, o): return "F.gt"
print(A() < F())
