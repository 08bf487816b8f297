# A builtin type's getsets and members read on the class (int.real, slice.start) are descriptors that __get__ reads through
import collections, functools, sys
print(int.real, complex.imag, slice.start, range.step, float.imag)
print(collections.defaultdict.default_factory, collections.deque.maxlen)
print(type(int.real), int.real.__get__(5), int.real is int.real, type(complex.real))
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__)
class MyInt(int): pass
print(MyInt.real, MyInt.real.__get__(MyInt(7)), bool.numerator.__get__(True))
print(complex.real.__get__(3+4j), slice.stop.__get__(slice(1, 9)), range.step.__get__(range(0, 10, 3)))
print(property.fget, property.fget.__get__(property(len)))
print(functools.partial.func, functools.partial.args.__get__(functools.partial(max, 1, 2)))
try: int.real.__get__("x")
except TypeError as e: print(e)
try: int.real.__set__(5, 1)
except AttributeError as e: print(e)
try: complex.real.__set__(1j, 1)
except AttributeError as e: print(e)
print(ValueError.args, BaseException.__traceback__, StopIteration.value)
e = ValueError(1, 2); print(BaseException.args.__get__(e))
print(type(int.real).__name__, type(slice.start).__name__)
class A: pass
a = A(); a.x = 1
d = A.__dict__['__dict__']
print(d.__get__(a), d.__name__, d.__objclass__, d.__qualname__)
d.__set__(a, {'y': 2}); print(a.y)
print(sys.getsizeof(int.real))
