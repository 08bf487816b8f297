# CallableProxyType: a proxy to a callable calls it (holding it meanwhile); its type is fixed when the proxy is made
import sys
import weakref


def square(x):
    return x * x


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, step=1):
        self.calls += step
        return self.calls, sys.getrefcount(self)

    def bump(self):
        return sys.getrefcount(self)


pf = weakref.proxy(square)
print(type(pf), callable(pf), pf(7), pf.__name__)
c = Counter()
pc = weakref.proxy(c)
print(type(pc).__name__, pc(), pc(step=5), c.calls, pc.bump())
print("basic proxy shared:", weakref.proxy(c) is pc, weakref.getweakrefcount(c))
print("isinstance:", isinstance(pc, weakref.CallableProxyType), isinstance(pc, Counter), isinstance(pc, (int, Counter)))
m = c.bump
pm = weakref.proxy(m)
print("bound method proxy:", type(pm).__name__, pm() - sys.getrefcount(c))
try:
    hash(pc)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy(3)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy(c, None, 1)
except TypeError as e:
    print("TypeError:", e)
del c
try:
    pc()
except ReferenceError as e:
    print("ReferenceError:", e)
print(sys.getrefcount(pc), sys.getsizeof(pc), type(pc).__name__)
