# A builtin type's __mro__ and __bases__ are one tuple each, made when the type was readied: reading them allocates nothing
import gc, sys
print(int.__mro__ is int.__mro__, int.__bases__ is int.__bases__, bool.__mro__, ValueError.__mro__)
gc.collect()
x = int.__mro__
y = object.__bases__
z = KeyError.__bases__
print(gc.get_count(), x, y, z)
print(gc.is_tracked(int.__mro__), type(x), len(bool.__mro__))
class C(int): pass
print(C.__mro__, C.__mro__ is C.__mro__)
print(dict.__mro__[0] is dict, list.__bases__[0] is object)
