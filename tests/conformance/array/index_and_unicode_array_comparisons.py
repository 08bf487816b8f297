# bytes.find/count call __index__ once; bytes() and bytearray() clear a TypeError from __index__ and convert as any object; a huge array index cannot fit an index; a 'u' array never equals a number array and does not order with it
from array import array
class I:
    def __index__(self):
        print("idx")
        return 98
print(b"abc".find(I()), b"abc".count(I()), bytearray(b"abc").index(I()), b"abc".rfind(I()))
class B:
    def __index__(self):
        raise TypeError("nope")
for f in (lambda: bytes(B()), lambda: bytearray(B())):
    try:
        f()
    except TypeError as e:
        print(e)
for f in (lambda: array("b", [1])[2**63], lambda: array("b", [1])[-2**63 - 1], lambda: array("u", "ab") == array("i", [97, 98]), lambda: array("u", "a") < array("i", [1]), lambda: array("u", "a") == array("u", "a")):
    try:
        print(f())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print("".join(["", "é"]) == "é", "".join(["", "é", ""]) is not None)
