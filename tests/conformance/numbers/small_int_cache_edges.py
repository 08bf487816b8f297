# small-int cache edges: -5, -6, 256, 257 built at run time
import sys
def make(n):
    return int(str(n))
for n in (-6, -5, 0, 255, 256, 257, 1000):
    print(n, make(n) is make(n))
a = 256
b = 255 + 1
print(a is b)
x = 257
y = 256 + int("1")
print(x is y, x == y)
print((1 << 8) is 256, (1 << 9) is 512)
print(sum([100, 156]) is 256, sum([100, 157]) is 257)
print(len("a" * 256) is 256, len("a" * 257) is 257)
print(int("-5") is -5, int("-6") is -6)
print(abs(-256) is 256, -(-5) is 5)
print(round(256.4) is 256, int(256.9) is 256, int(257.0) is 257)
print(max(3, 300) is 300)
l = list(range(250, 260))
print([v is int(str(v)) for v in l])
print(sys.getsizeof(0), sys.getsizeof(256), sys.getsizeof(2**30), sys.getsizeof(-2**30), sys.getsizeof(2**60))
