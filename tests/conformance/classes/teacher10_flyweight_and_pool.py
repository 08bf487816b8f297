# flyweight via __new__ interning and an object pool with resurrection-free reuse
import sys, gc, weakref

class Color:
    _cache = weakref.WeakValueDictionary()
    def __new__(cls, name):
        obj = cls._cache.get(name)
        if obj is None:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
            print("  new color", name)
        return obj
    def __init__(self, name):
        print("  init", name)
    def __repr__(self):
        return f"Color({self.name})"

gc.collect()
r1 = Color("red")
r2 = Color("red")
print(r1 is r2, sys.getrefcount(r1), len(Color._cache))
g = Color("green")
print(sorted(Color._cache.keys()))
del r1, r2
print(sorted(Color._cache.keys()))
del g
print(sorted(Color._cache.keys()))

class Pool:
    def __init__(self, factory, size):
        self.free = [factory(i) for i in range(size)]
        self.used = set()
    def acquire(self):
        obj = self.free.pop()
        self.used.add(obj)
        return obj
    def release(self, obj):
        self.used.discard(obj)
        self.free.append(obj)

class Conn:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print("  close conn", self.i)
    def __hash__(self):
        return self.i

pool = Pool(Conn, 3)
c = pool.acquire()
print("acquired", c.i, "refs", sys.getrefcount(c), "free", len(pool.free))
d = pool.acquire()
pool.release(c)
print("free", [x.i for x in pool.free], "used", sorted(x.i for x in pool.used))
del c
print("sizes", sys.getsizeof(pool.free), sys.getsizeof(pool.used))
del pool
print("pool gone, d still", d.i)
del d
print("end")
