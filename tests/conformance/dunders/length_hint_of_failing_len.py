# list(), tuple() and operator.length_hint ask len() for a hint and drop its TypeError, but not other errors
import operator, sys
class LenNone:
    __len__ = None
    def __iter__(self): return iter([1, 2])
class LenTypeError:
    def __len__(self): raise TypeError("no length today")
    def __iter__(self): return iter([3])
    def __length_hint__(self): return 4
class LenValueError:
    def __len__(self): raise ValueError("bad")
    def __iter__(self): return iter([])
class LenFive:
    def __len__(self): return 5
    def __iter__(self): return iter([1])
print(operator.length_hint(LenNone(), 7), operator.length_hint(LenTypeError()), list(LenTypeError()), tuple(LenNone()))
print(sys.getsizeof(list(LenNone())), sys.getsizeof(list(LenTypeError())), sys.getsizeof(list(LenFive())))
for f in (list, tuple, operator.length_hint):
    try:
        f(LenValueError())
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    len(LenNone())
except TypeError as e:
    print("len:", e)
