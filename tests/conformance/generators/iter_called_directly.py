# generator.__iter__() called directly returns the generator itself, as iter() does
def g():
    yield 1
    yield 2
it = g()
print(it.__iter__() is it, iter(it) is it, list(it.__iter__()))
print(type(it).__iter__, type(it).__iter__(it) is it)
print(type(it.__iter__).__name__, it.__iter__.__self__ is it, it.__iter__.__name__)
try:
    type(it).__iter__([])
except TypeError as e:
    print("TypeError:", e)
try:
    it.__iter__(1)
except TypeError as e:
    print("TypeError:", e)
ge = (x for x in range(3))
print(ge.__iter__() is ge, next(ge.__iter__()))
import sys
print(sys.getrefcount(it))
x = it.__iter__()
print(sys.getrefcount(it))
