# getattr(), setattr() and delattr() reaching a class's hooks and properties: counts, results, errors
import sys
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
class P:
    def __getattr__(self, name):
        print("getattr", name, sys.getrefcount(self))
        if name == "boom":
            raise ValueError(name)
        return D(name)
    def __setattr__(self, name, value):
        print("setattr", name, sys.getrefcount(self), sys.getrefcount(value))
        object.__setattr__(self, name, value)
        return 5
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
p = P()
for i in range(10):
    print(getattr(p, "a").tag, setattr(p, "b", D("b%d" % i)), delattr(p, "b"))
print(getattr(P(), "temp").tag)
try:
    getattr(p, "boom")
except ValueError as e:
    print("ValueError", e)
try:
    delattr(p, "missing")
except AttributeError as e:
    print("AttributeError", e)
print(getattr(p, "x", "default").tag)
class Q:
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("setter", value)
        self._v = value
q = Q()
setattr(q, "v", 3)
print(getattr(q, "v"))
try:
    getattr(q, 5)
except TypeError as e:
    print("TypeError", e)
class Loop:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    Loop().x
except RecursionError as e:
    print("RecursionError", e)
