# types.MethodType(f, obj) makes a method whatever f is (a Python function, a builtin), with method_repr's text
import types, sys
class Dog:
    def __init__(self, n): self.n = n
def bark(self, times=1):
    return f"{self.n} woof" * times
d = Dog("rex")
d.bark = types.MethodType(bark, d)
print(d.bark(), d.bark(2), type(d.bark).__name__, d.bark.__self__ is d, d.bark.__func__ is bark)
print(sys.getrefcount(d) - 1)
m = types.MethodType(len, [1, 2])
print(type(m).__name__, m())
try:
    types.MethodType(bark)
except TypeError as e:
    print(e)
try:
    types.MethodType(5, d)
except TypeError as e:
    print(e)
try:
    types.MethodType(bark, None)
except TypeError as e:
    print(e)
print(repr(types.MethodType(bark, 1)))
m2 = types.MethodType(len, "abc")
print(repr(m2), m2.__self__, m2.__func__ is len, m2 == types.MethodType(len, "abc"), hash(m2) == hash(types.MethodType(len, "abc")))
print(str(types.MethodType(sorted, [3, 1])))
try:
    m2(1)
except TypeError as e:
    print(e)
print(repr(types.MethodType([].append, 5)), repr(types.MethodType(str.upper, "x")), types.MethodType(str.upper, "x")())
# a method is 64 bytes, a builtin method (dict.fromkeys, [].append) 72
import gc
print(sys.getsizeof(types.MethodType(len, [1])), gc.is_tracked(m2), sys.getsizeof(dict.fromkeys), sys.getsizeof([].append), sys.getsizeof(bytes.fromhex), sys.getsizeof(d.bark))
