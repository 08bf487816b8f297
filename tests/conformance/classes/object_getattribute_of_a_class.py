# object.__getattribute__ applied to a class is PyObject_GenericGetAttr: only the class's own __dict__ (raw, no descriptor called), type's data descriptors, and the metatype's attributes bound to the class
class Meta(type):
    @property
    def loud(cls):
        return cls.__name__.upper()
    def shout(cls):
        return 'shout'
class C(metaclass=Meta):
    x = 1
    def f(self): pass
    @classmethod
    def g(cls): pass
    @staticmethod
    def h(): pass
    @property
    def p(self): return 1
class D(C):
    y = 2
    def k(self): pass
    @classmethod
    def g2(cls): pass
class E:
    z = 3
for cls in [D, C, E]:
    for name in ['y', 'x', 'z', 'f', 'g', 'g2', 'h', 'k', 'p', '__name__', '__qualname__', '__dict__', '__mro__', 'mro', '__doc__', '__module__', '__bases__', '__class__', 'loud', 'shout', '__repr__', '__eq__', '__init__', '__call__', '__setattr__', '__subclasses__', '__weakref__', '__init_subclass__', 'missing']:
        try:
            v = object.__getattribute__(cls, name)
            t = type(v).__name__
            print(cls.__name__, name, t, v if isinstance(v, (int, str, tuple)) and name != '__doc__' else '')
        except AttributeError as e:
            print(cls.__name__, name, 'AttributeError', e)
