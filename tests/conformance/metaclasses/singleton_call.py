# The Singleton pattern: a metaclass __call__ keeping one instance per class in its own dict, calling type.__call__ through super(); refcounts of instances, classes and the metaclass, and gc.collect() once they go
import sys, gc

class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        print("__call__", cls.__name__, args, kwargs, sys.getrefcount(cls))
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print("init", value)
        self.value = value


a = Config(1)
b = Config(value=2)
print(a is b, a.value, sys.getrefcount(a))
print(sys.getrefcount(Config), sys.getrefcount(Singleton))


class Log(metaclass=Singleton):
    def __init__(self, *, name):
        self.name = name


log = Log(name="x")
print(log.name, Log(name="y").name, len(Singleton._instances))
print(callable(Config), Config.__call__.__name__)


class Counted(type):
    count = 0

    def __call__(cls, *a, **k):
        Counted.count += 1
        obj = super().__call__(*a, **k)
        print("made", sys.getrefcount(obj))
        return obj


class K(metaclass=Counted):
    def __init__(self, x):
        self.x = x


k = K(5)
print(sys.getrefcount(k), Counted.count, sys.getsizeof(k), sys.getsizeof(K))
ks = [K(i) for i in range(3)]
print(Counted.count, [o.x for o in ks])
del ks, k
n = gc.collect()
print(n)
del a, b, log
Singleton._instances.clear()
n = gc.collect()
print(n)
del Config, Log, K
n = gc.collect()
print(n, sys.getrefcount(Singleton), sys.getrefcount(Counted))
