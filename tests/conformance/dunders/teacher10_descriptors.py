# descriptors: a validated field with __set_name__, a lazy cached attribute, and refcounts through them
import sys, gc, weakref

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("  computing", self.attr)
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value

class Account:
    owner = Typed(str)
    balance = Typed(int)
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    @Lazy
    def history(self):
        "expensive"
        return [self.balance] * 3

acc = Account("ann", 10)
print(acc.owner, acc.balance, sorted(vars(acc)))
try:
    acc.balance = "lots"
except TypeError as e:
    print(e)
print(acc.history, acc.history, Account.history.__doc__)
h = acc.history
print(sys.getrefcount(h))
del acc.history
print(sys.getrefcount(h))
print(acc.history is h)
print(type(Account.__dict__["owner"]).__name__, isinstance(Account.owner, Typed))

class Counter:
    def __get__(self, obj, cls):
        return sys.getrefcount(obj)
class Holder:
    count = Counter()
hh = Holder()
print("refs seen by __get__", hh.count)

class WeakAttr:
    def __set_name__(self, owner, name):
        self.key = "_w_" + name
    def __get__(self, obj, cls):
        r = obj.__dict__.get(self.key)
        return r() if r else None
    def __set__(self, obj, value):
        obj.__dict__[self.key] = weakref.ref(value)
class Target:
    pass
class Node:
    link = WeakAttr()
n = Node()
t = Target()
n.link = t
print(n.link is t, sys.getrefcount(t))
del t
print(n.link)
gc.collect()
