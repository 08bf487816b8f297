# A singleton through __new__: what the class call holds (class, argument tuple, keyword copies) inside __new__ and __init__
import sys

class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        print("__new__", args, kwargs)
        print("  cls refs:", sys.getrefcount(cls) - base)
        if args:
            print("  args tuple refs:", sys.getrefcount(args))
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        print("  instance refs:", sys.getrefcount(cls._instance))
        return cls._instance
    def __init__(self, value, tag=None):
        print("__init__", value, tag)
        print("  self refs:", sys.getrefcount(self))
        print("  value refs:", sys.getrefcount(value))
        self.value = value

base = sys.getrefcount(Singleton)
a = Singleton(1000)
b = Singleton(2000, tag="second")
c = Singleton(value=3000)
print(a is b is c, a.value, sys.getrefcount(a))
print(type(Singleton.__dict__["__new__"]).__name__)
print(Singleton.__new__ is Singleton.__dict__["__new__"].__func__)
print(sys.getrefcount(Singleton.__dict__["__new__"].__func__))
print(Singleton.__new__(Singleton) is a, a.__new__ is Singleton.__new__)
del a, b, c
print(sys.getrefcount(Singleton._instance))
Singleton._instance = None
