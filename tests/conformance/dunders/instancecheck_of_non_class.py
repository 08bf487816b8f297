# isinstance() and issubclass() given an object that is no class call its type's __instancecheck__/__subclasscheck__ (object_recursive_isinstance looks them up on any object); without them the TypeError; a sequence repeated by an __index__ past Py_ssize_t names the object's type
import sys
class Checker:
    def __instancecheck__(self, x):
        print("instancecheck", x, sys.getrefcount(self))
        return x == 1
    def __subclasscheck__(self, c):
        print("subclasscheck", c)
        return []
c = Checker()
print(isinstance(1, c), isinstance(2, c), isinstance(1, (str, c)), isinstance("a", (str, c)))
print(issubclass(int, c), issubclass(bool, (c, int)))
print(sys.getrefcount(c))
for call in [lambda: isinstance(1, object()), lambda: issubclass(int, object()), lambda: issubclass(1, c), lambda: issubclass(1, object())]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class Idx:
    def __index__(self):
        return 2**70
class MyInt(int):
    pass
for make in [lambda: "ab" * Idx(), lambda: Idx() * [1], lambda: (1,) * MyInt(2**70), lambda: [0] * MyInt(-2**70), lambda: bytearray(b"a") * Idx(), lambda: "a" * MyInt(2**65)]:
    try:
        print(len(make()))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
