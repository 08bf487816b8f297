# Small int cache and float objects: `is` for ints in -5..256, new objects outside, ids reused after free
import sys
a = 256; b = 256
print(a is b, 255 + 1 is 256)
n = 257
m = int('257')
print(n == m, n is m)
x = -5; y = int('-5')
print(x is y, int('-6') is int('-6'))
vals = [int(str(i)) for i in range(250, 262)]
print([v is int(str(v)) for v in vals])
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-2**90), sys.getsizeof(True))
f1 = float('1.5'); f2 = float('1.5')
print(f1 == f2, f1 is f2, sys.getsizeof(f1))
i1 = id(float('2.5'))
i2 = id(float('3.5'))
print('float address reused', i1 == i2)
c = 10 ** 20
d = c + 0
e = c * 1
print(d is c, e is c, c - 0 is c, +c is c, abs(c) is c)
print(True + True, True is bool(1), sys.getrefcount(True) > 100)
big = [10**i for i in range(0, 60, 10)]
print([sys.getsizeof(v) for v in big])
print(sys.getsizeof(1.0), sys.getsizeof(1j), sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
