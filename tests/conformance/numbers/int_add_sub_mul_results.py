# +, -, * and their in-place forms on ints at run time: small results are the cached ints, others new objects with one reference, sized by their digits (2**30 and 2**53 edges, -0, bools, big ints)
import sys
def fresh(v):
    return sys.getrefcount(v) - 1
def cached(v):
    return v is int(str(v))
x = 250
for step in range(10):
    x = x + 1
    print(x, cached(x), sys.getsizeof(x))
one, three, seven, minus5, t, f = 1, 3, 7, -5, True, False
a = 2**52
b = a + a
c = b - one
print(b, c, sys.getsizeof(a), sys.getsizeof(b), b + b == 2**54)
m = 94906266
print(c + one + one, (c + 2) - 3, m * m, -m * m, m * -m + one)
k = 2**30 - one
print(sys.getsizeof(k + one), sys.getsizeof(k), sys.getsizeof(-(k + one) * one), sys.getsizeof(k * k), sys.getsizeof((k + one) * (k + one)))
zero = 0 * minus5
print(zero, cached(zero), cached(three - three), cached(-zero * seven), cached(minus5 - one), cached(minus5 + zero))
print(t + t, t * 5, f - t, cached(t + 255), cached(t + 256), type(t + t).__name__, type(t * f).__name__)
s = 1000
s += 234
s *= three
s -= one
print(s, fresh(s), sys.getsizeof(s))
n = 0
for i in range(2000):
    n += i * i
print(n, fresh(n))
big = 10**20
print(big + one, big - big, cached(big - big), cached(big * 0), big * big - big, -big * seven)
