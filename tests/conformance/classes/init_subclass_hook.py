# A base's __init_subclass__ runs for each new subclass (implicitly a classmethod); super() reaches object's, which takes no keywords.
import gc, sys
registry = []
class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append(cls)
        print("registered", cls.__name__)
class A(Plugin): pass
class B(A): pass
print([c.__name__ for c in registry], sys.getrefcount(A))
class Counted:
    total = 0
    @classmethod
    def __init_subclass__(cls):
        Counted.total += 1
class X(Counted): pass
class Y(Counted): pass
print(Counted.total)
class Plain: pass
class P2(Plain): pass
print("plain ok")
