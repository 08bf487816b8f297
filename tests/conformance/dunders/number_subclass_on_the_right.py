# Binary operators with an int subclass on the right: a float, a bool or a sibling subclass on the left uses its own slot first (the right one's reflected method goes first only for a subclass of the left operand's type)
class I(int):
    def __radd__(self, o):
        return "I.radd"
    def __rand__(self, o):
        return "I.rand"
    def __rtruediv__(self, o):
        return "I.rtruediv"
    def __rdivmod__(self, o):
        return "I.rdivmod"
class J(I):
    pass
print(1.5 + I(1), True + I(1), 1 + I(1), True & I(1), 1.0 / I(2), divmod(2.0, I(1)), 2 / I(2))
print(J(1) + I(1), I(1) + J(1), I(1) + 1.5, 1j + I(1))
x = 1.5
x += I(1)
print(x)
class F(float):
    def __radd__(self, o):
        return "F.radd"
print(1 + F(1.0), 1.0 + F(1.0), True + F(2.0), 1j + F(1.0))
class K(int):
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "K.radd"
try:
    print(K(1) + 2.5)
except TypeError as e:
    print(e)
print(2.5 + K(1), 3 + K(1))
