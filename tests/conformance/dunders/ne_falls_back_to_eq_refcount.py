# object.__ne__ asks __eq__ through a call whose argument tuple holds both operands
import sys


class V:
    def __eq__(self, other):
        print("__eq__ sees", sys.getrefcount(self), sys.getrefcount(other) - base)
        return False


base = 0
o = object()
base = sys.getrefcount(o)
v = V()
print(v != o)
print(o != v)
print(v == o)
