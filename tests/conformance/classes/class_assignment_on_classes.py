# __class__ assignment: an instance between classes, a class to type, a builtin class (immutable type)
class A: pass
class B: pass
a = A()
a.__class__ = B
print(type(a).__name__)
try:
    A.__class__ = type
    print("ok")
except TypeError as e:
    print("TypeError", e)
try:
    int.__class__ = type
except TypeError as e:
    print("TypeError", e)
