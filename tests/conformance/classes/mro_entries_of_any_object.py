# A class statement's base that is not a class is replaced by its __mro_entries__(bases as written) (PEP 560)
import gc, sys
class Fake:
    def __init__(self, *entries):
        self.entries = entries
    def __mro_entries__(self, bases):
        print('asked with', len(bases), 'bases, count of bases tuple', sys.getrefcount(bases))
        return self.entries
class A: pass
class B(A, Fake(dict)):
    pass
print(B.__mro__, B.__bases__, len(B.__orig_bases__))
class C(Fake()):
    pass
print(C.__bases__, C.__orig_bases__[0].entries)
class D(Fake(list, A), Fake(int if False else str) if False else Fake()):
    x = 1
print(D.__mro__)
class Bad:
    def __mro_entries__(self, bases):
        return [object]
try:
    class E(Bad()): pass
except TypeError as e:
    print('TypeError', e)
class Raises:
    def __mro_entries__(self, bases):
        raise ValueError('no entries')
try:
    class F(Raises()): pass
except ValueError as e:
    print('ValueError', e)
def make():
    return (type('Fresh', (), {}),)
class G:
    __mro_entries__ = staticmethod(lambda bases: make())
class H(G()):
    pass
print(H.__mro__[1].__name__)
try:
    class I(5): pass
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __new__(m, name, bases, ns):
        print('meta sees', bases, sorted(k for k in ns if not k.startswith('__q')))
        return super().__new__(m, name, bases, ns)
class J(Fake(A), metaclass=Meta):
    pass
