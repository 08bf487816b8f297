# Class-level caches per subclass, a singleton metaclass, a generator handing out one closure, and del of loop names
import sys, gc
class Cache:
    _store = {}
    @classmethod
    def get(cls, key):
        if key not in cls._store:
            cls._store[key] = cls(key)
        return cls._store[key]
    def __init__(self, key):
        self.key = key
    def __del__(self):
        print('del', self.key)
class Sub(Cache):
    _store = {}
a = Cache.get(1); b = Sub.get(1)
print(a is b, type(b).__name__, len(Cache._store), len(Sub._store))
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
Sub._store = {}
print('replaced sub store')
del Cache._store[1]
print('deleted')
class Meta(type):
    def __call__(cls, *args):
        inst = cls.__dict__.get('_instance')
        if inst is None:
            inst = super().__call__(*args)
            cls._instance = inst
        return inst
class Single(metaclass=Meta):
    def __del__(self):
        print('del single')
s1 = Single(); s2 = Single()
print(s1 is s2, sys.getrefcount(s1))
del s1, s2
print('names gone')
del Single._instance
print('instance gone')
def gen_counter():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    yield add
    yield add
    yield total
g = gen_counter()
f1 = next(g); f2 = next(g)
f1(5); f2(7)
print(next(g), f1 is f2)
del g
print(f1(1), f1.__closure__[0].cell_contents)
for i in range(3):
    obj = [i] * (i + 1)
    if i == 1:
        del obj
        continue
    print(i, sys.getsizeof(obj))
try:
    print(obj)
    del obj
    del obj
except NameError as e:
    print('NameError', e)
def uses():
    for j in range(2):
        tmp = object()
        del tmp
    try:
        tmp
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
uses()
d = dict(zip(range(5), 'abcde'))
print(sys.getsizeof(d), sys.getsizeof({**d}), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()))
d2 = {k: v for k, v in d.items() if k % 2}
print(sys.getsizeof(d2), sys.getsizeof(dict.fromkeys(range(5))), sys.getsizeof(dict.fromkeys(range(6))))
big = {i: i for i in range(100)}
for i in range(95):
    del big[i]
print(sys.getsizeof(big), sys.getsizeof(big.copy()), sys.getsizeof(dict(big)))
