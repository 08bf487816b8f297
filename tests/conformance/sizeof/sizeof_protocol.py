# sys.getsizeof calls a class's __sizeof__ and adds the pre-header (an int >= 0 is required), returns its default on a TypeError; every builtin type has __sizeof__ (getsizeof without the GC head)
import sys
class A:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(A()), sys.getsizeof(A(), 5), sys.getsizeof(1, 5))
class Negative:
    def __sizeof__(self):
        return -1
class Text:
    def __sizeof__(self):
        return "x"
class Fails:
    def __sizeof__(self):
        raise TypeError("no size")
class Truth:
    def __sizeof__(self):
        return True
for cls in (Negative, Text, Fails):
    try:
        sys.getsizeof(cls())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Fails(), 42), sys.getsizeof(Truth()))
try:
    sys.getsizeof(Negative(), 7)
except ValueError as e:
    print("default does not catch", e)
class Plain:
    pass
print(Plain().__sizeof__(), sys.getsizeof(Plain()), object().__sizeof__(), (lambda: 0).__sizeof__())
print([].__sizeof__(), [1, 2, 3].__sizeof__(), (1, 2).__sizeof__(), "abc".__sizeof__(), (10).__sizeof__(), {}.__sizeof__(), set().__sizeof__())
