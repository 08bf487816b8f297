# CPython folds operations on constants at compile time: the result is one code constant, shared by every
# use in the same code object, and displays of constants are built by extending from one tuple or frozenset.
import sys

a = -1000
b = -1000
print(a is b)
s = "ab" * 3
t = "ab" * 3
print(s is t, s)
print(2 ** 10 == 1024, (1, -2) == (1, -2))
big = ["x" * 1000, "y" * 1000, "z" * 1000]
print(sys.getsizeof(big), sys.getsizeof([1, 2, -3]), sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof({1, 2, -3, 4, 5}), sys.getsizeof({1, 2, 3}), sys.getsizeof({"a", "b", "c", "d", "e", "f"}))
print(sys.getsizeof(set({1, 2, 3, 4, 5})), sys.getsizeof(set(frozenset(range(20)))))
s2 = set()
s2.update({1, 2, 3, 4, 5, 6, 7})
print(sys.getsizeof(s2))
print("abc"[1], (1, 2, 3)[-1], -(-5), ~5, not 0, True + True, True & False, 7 // -2, -7 % 3, 1 / 4)
x = 2 ** 200
y = 2 ** 200
print(x is y, x == y)
c = 1 << 127
d = 1 << 127
print(c is d)
def f(p=-1, q=(1, -2), r="z" * 3):
    return p, q, r
print(f(), f.__defaults__)
print(sys.getsizeof([(1, 2), (3, 4), (5, 6)]))
zero = 0.0
print(0.0 * -1, -0.0, zero, -zero)
