# math.floor, ceil and trunc: an int subclass's value comes back as an exact int; a float or int subclass's own __floor__, __ceil__ and __trunc__ are called
import math
class I(int):
    def __str__(self):
        return "I!"
print(type(math.ceil(I(5))).__name__, type(math.floor(I(5))).__name__, type(math.trunc(I(5))).__name__, math.floor(I(5)), math.floor(True), math.trunc(False))
class F(float):
    def __floor__(self):
        return "F.floor"
    def __trunc__(self):
        return "F.trunc"
    def __ceil__(self):
        return "F.ceil"
print(math.floor(F(2.5)), math.trunc(F(2.5)), math.ceil(F(2.5)))
class G(float):
    pass
print(math.floor(G(2.5)), math.trunc(G(-2.5)), math.ceil(G(2.5)))
class J(int):
    def __floor__(self):
        return "J.floor"
print(math.floor(J(3)), math.ceil(J(3)))
