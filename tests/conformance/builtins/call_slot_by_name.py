# __call__ by name on the callable types: hasattr(f, "__call__"), f.__call__(x), a method-wrapper bound to f
import sys, functools, operator, gc
def f(x, y=2): return x + y
class A:
    def m(self, v): return v * 2
    @staticmethod
    def s(v): return v + 100
    @classmethod
    def c(cls): return cls.__name__
objs = [f, print, A().m, [].append, str.upper, (5).__add__, int.__add__, A.__dict__["s"], A.__dict__["c"], dict.fromkeys,
        functools.partial(f, 1), operator.itemgetter(0), functools.lru_cache(f), A, A()]
for obj in objs:
    print(type(obj).__name__, hasattr(obj, "__call__"), callable(obj))
print(str.upper.__call__("a"), (5).__add__.__call__(1), int.__add__.__call__(2, 3), A.__dict__["s"].__call__(1))
print(dict.fromkeys.__call__("ab"), functools.partial(f, 1).__call__(), operator.itemgetter(0).__call__("xy"))
try:
    type(f).__call__(5)
except TypeError as e:
    print(e)
try:
    f.__call__()
except TypeError as e:
    print(e)
w = f.__call__
print(type(w).__name__, w.__name__, w.__self__ is f, sys.getrefcount(f))
print(gc.is_tracked(w))
