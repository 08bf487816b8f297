# bytes-likes, arrays and deques meet the right operand's __radd__ and __rmul__ first
import array
class R:
    def __radd__(self, o):
        return "radd " + type(o).__name__
    def __rmul__(self, o):
        return "rmul " + type(o).__name__
    def __index__(self):
        return 2
b = bytearray(b"x")
print(b + R(), b"x" + R())
b += R()
print(b)
print(bytearray(b"x") * R(), b"x" * R())
a = array.array("i", [1])
print(a + R())
a += R()
print(a)
import collections
d = collections.deque([1])
print(d + R())
d += R()
print(d)
