# best_base: bases whose instances have different C layouts cannot be combined (builtin structs, __slots__, a dict after int's or tuple's items)
import weakref, collections
class I(int): pass
class J(int): pass
class T1(tuple): pass
class T2(tuple): pass
class L1(list): pass
class L2(list): pass
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
class E1(Exception): pass
class Is(int): __slots__ = ()
class Js(int): __slots__ = ()
for bases in [(list, dict), (int, str), (list, tuple), (set, list), (Exception, list), (OSError, StopIteration), (weakref.ref, int),
              (I, J), (T1, T2), (L1, L2), (S1, S2), (S1, E1), (Is, Js), (I, Js), (collections.Counter, dict), (weakref.KeyedRef, weakref.WeakMethod),
              (weakref.WeakSet, list), (UnicodeEncodeError, UnicodeDecodeError), (FileNotFoundError, ImportError), (ModuleNotFoundError, ImportError),
              (NameError, AttributeError), (KeyError, IndexError), (collections.deque, list), (collections.defaultdict, collections.OrderedDict),
              (type, int), (float, complex), (bytes, str), (bytearray, list), (frozenset, set)]:
    try:
        X = type("X", bases, {})
        print("ok", [b.__name__ for b in X.__mro__[1:]])
    except TypeError as e:
        print([b.__name__ for b in bases], e)
