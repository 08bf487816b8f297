# bound methods hold their instance; each attribute access makes a new one
import sys
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self.n
c = Counter()
print("instance", sys.getrefcount(c))
m = c.tick
print("bound method", sys.getrefcount(c))
print(m.__self__ is c, m.__func__ is Counter.tick)
m2 = c.tick
print("two bound", sys.getrefcount(c), m is m2, m == m2)
print("method rc", sys.getrefcount(m))
del m, m2
print("released", sys.getrefcount(c))
calls = [c.tick for _ in range(3)]
print("three in list", sys.getrefcount(c))
print([f() for f in calls])
calls.clear()
print("cleared", sys.getrefcount(c))
print(sys.getsizeof(c.tick))
