# int, float, str and set subclass instances in cycles through their __dict__: gc.collect() counts, __del__ order, weakref callbacks, refcounts of the class
import gc
import sys
import weakref

gc.disable()


class Node(float):
    def __del__(self):
        print("del", float(self))


a = Node(1.0)
b = Node(2.0)
a.other = b
b.other = a
print(sys.getrefcount(a), sys.getrefcount(b))
ra = weakref.ref(a, lambda r: print("callback a"))
del a, b
n = gc.collect()
print("collected", n, ra())


class Name(str):
    def __del__(self):
        print("del", str(self))


x = Name("x")
x.me = x
lst = [x]
print(sys.getrefcount(x))
del x, lst
n = gc.collect()
print("collected", n)


class Count(int):
    def __del__(self):
        print("del", int(self))


c = Count(10)
c.d = {"self": c}
del c
n = gc.collect()
print("collected", n)


class Bag(set):
    def __del__(self):
        print("del bag", len(self))


s = Bag([1, 2])
s.me = s
t = Bag()
t.add(frozenset())
del s
n = gc.collect()
print("collected", n)
del t
print("after t")


class Plain(int):
    pass


p = Plain(3)
p.cycle = [p]
del p
n = gc.collect()
print("collected", n)
z = Count(7)
print(sys.getrefcount(z), sys.getrefcount(Count))
w = [Count(i) for i in range(3)]
del w
print("end")
