# Default arguments of methods, classmethods, staticmethods and lambdas hold their values; replacing __defaults__ or __kwdefaults__ releases them
import sys, gc
sentinel = object()
class K:
    def m(self, a=sentinel, *, b=sentinel):
        return a
    @classmethod
    def c(cls, x=sentinel):
        return x
    @staticmethod
    def s(y=(sentinel, sentinel)):
        return y
print(sys.getrefcount(sentinel))
print(K.m.__defaults__ == (sentinel,), K.m.__kwdefaults__ == {'b': sentinel}, K.s.__defaults__[0] is sentinel)
del K.m
print(sys.getrefcount(sentinel))
f = lambda q=[sentinel]: q
print(sys.getrefcount(f.__defaults__[0]), sys.getrefcount(sentinel))
f.__defaults__ = ([],)
print(sys.getrefcount(sentinel))
f.__kwdefaults__ = {'z': sentinel}
print(sys.getrefcount(sentinel), f.__kwdefaults__ is f.__kwdefaults__)
del f
print(sys.getrefcount(sentinel))
def deco(fn, cache={}):
    cache[fn.__name__] = fn
    return fn
@deco
def one(): pass
print(sys.getrefcount(one), len(deco.__defaults__[0]))
del one
print(len(deco.__defaults__[0]), gc.collect())
