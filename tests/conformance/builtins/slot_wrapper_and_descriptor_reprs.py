# A builtin type's dunders are slot wrappers (method-wrappers once bound), its other methods method descriptors
import sys
class A:
    pass
a = A()
for d in (object.__repr__, object.__init__, object.__eq__, object.__hash__, object.__str__, int.__add__, list.__len__,
          str.__str__, A.__repr__, A.__init__, BaseException.__init__, type.__call__, list.__getitem__, dict.__getitem__,
          dict.__contains__, set.__contains__, frozenset.__contains__, str.__getitem__, list.append, dict.keys, list.__reversed__):
    print(d, type(d).__name__, sys.getsizeof(d))
for bound in (a.__repr__, a.__eq__, a.__init__, a.__setattr__, [].__len__, (1).__add__, {}.__contains__, [].append):
    print(type(bound).__name__, sys.getsizeof(bound), repr(bound).split(" at ")[0])
print(A.__repr__ is object.__repr__, object.__dict__["__repr__"] is object.__repr__)
print(a.__repr__ == a.__repr__, a.__repr__ is a.__repr__)
import types
print(types.WrapperDescriptorType is type(object.__init__), types.MethodWrapperType is type(a.__str__))
print(types.MethodDescriptorType is type(list.append), types.BuiltinMethodType is type([].append))
for cls in (types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType):
    try:
        class X(cls):
            pass
    except TypeError as e:
        print(e)
print(set.__contains__({1}, 1), frozenset.__contains__(frozenset(), 2))
try:
    set.__contains__({1})
except TypeError as e:
    print(e)
try:
    set.__contains__([], 1)
except TypeError as e:
    print(e)
import weakref, sys
class C:
    pass
c = C()
for o in (list.append, object.__init__, c.__init__, [].append, len, C().__repr__):
    try:
        r = weakref.ref(o)
        print(type(o).__name__, "ok", r() is o)
    except TypeError as e:
        print(e)
print(sys.getsizeof(C().__init__), sys.getsizeof(c.__eq__))
m = c.__eq__
print(m == c.__eq__, m.__self__ is c, m.__name__)
