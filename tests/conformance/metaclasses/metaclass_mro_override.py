# A metaclass's own mro() is called when a class is made; its result, as a tuple, is __mro__ once mro_check accepts it
import gc
class Meta(type):
    def mro(cls):
        print("mro called for", cls.__name__)
        return [cls, object]
class X:
    def hello(self): return "X"
class Y(X, metaclass=Meta): pass
print(Y.__mro__, Y.mro(), isinstance(Y(), X), issubclass(Y, X))
print(hasattr(Y, 'hello'))
class Rev(type):
    def mro(cls):
        return tuple(reversed(super().mro()))[::-1]
class A: pass
class B(A, metaclass=Rev): pass
print(B.__mro__)
class Bad(type):
    def mro(cls): return 5
try:
    class Z(metaclass=Bad): pass
except TypeError as e: print("TE", e)
class Bad2(type):
    def mro(cls): return [cls, 5]
try:
    class Z2(metaclass=Bad2): pass
except TypeError as e: print("TE", e)
class Bad3(type):
    def mro(cls): return [cls, int, object]
try:
    class Z3(list, metaclass=Bad3): pass
except TypeError as e: print("TE", e)
class Gen(type):
    def mro(cls):
        yield cls
        yield object
class G(metaclass=Gen): pass
print(G.__mro__)
print(gc.collect())
