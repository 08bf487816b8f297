# three-argument pow across ints, floats, complex, bools, int subclasses and Python classes: which slot answers
class P:
    def __repr__(self): return type(self).__name__ + "()"
    def __pow__(self, other, mod=None):
        return ("P.pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("P.rpow", other, mod)
class Q(P):
    def __pow__(self, other, mod=None):
        return ("Q.pow", other, mod)
class OnlyR:
    def __rpow__(self, other):
        return "rpow"
class MyInt(int):
    def __pow__(self, other, mod=None):
        return ("MyInt.pow", other, mod)
class PlainInt(int):
    pass
cases = [(2, 3, 5), (True, 3, 5), (2, True, 2), (PlainInt(3), 2, 5), (MyInt(3), 2, 5), (2, MyInt(3), 5),
         (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, 3j, 5), (2j, 3, 5), (2.0, 3j, 5), (2, 3, 5j), (1j, 1j, 1j),
         (P(), 2, 5), (2, P(), 5), (2, 3, P()), (P(), Q(), 1), (Q(), P(), 1), ("a", 2, 3), (2, "a", 3), (2, 3, "a"),
         ([], [], []), (None, 2, 3), (2, -1, 5), (2, 3, 0), (3, -1, 6), (3, -2, 7), (0, -1, 5), (OnlyR(), 2, 3), (2, OnlyR(), 3)]
for c in cases:
    try:
        print(type(c[0]).__name__, type(c[1]).__name__, type(c[2]).__name__, pow(*c))
    except Exception as e:
        print(type(c[0]).__name__, type(c[1]).__name__, type(c[2]).__name__, type(e).__name__ + ":", e)
print(pow(P(), 2), 2 ** P(), pow(2, 3, None), pow(MyInt(2), 3))
