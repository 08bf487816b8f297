# more slots set to None: __next__, __enter__/__exit__, __format__, __bytes__, __hash__ via inheritance, __class_getitem__
class It:
    def __iter__(self): return self
    __next__ = None
try:
    next(It())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in It(): pass
except TypeError as e:
    print("TypeError:", e)
class CM:
    __enter__ = None
    def __exit__(self, *a): pass
try:
    with CM():
        pass
except TypeError as e:
    print("TypeError:", e)
class CM2:
    def __enter__(self): return self
    __exit__ = None
try:
    with CM2():
        print("inside")
except TypeError as e:
    print("TypeError:", e)
class F:
    __format__ = None
try:
    format(F())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{F()}"
except TypeError as e:
    print("TypeError:", e)
class Bt:
    __bytes__ = None
try:
    bytes(Bt())
except TypeError as e:
    print("TypeError:", e)
class Base:
    __hash__ = None
class Child(Base):
    def __eq__(self, o): return True
try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)
class Cg:
    __class_getitem__ = None
try:
    Cg[int]
except TypeError as e:
    print("TypeError:", e)
class Neg:
    __neg__ = None
    __abs__ = None
    __invert__ = None
for f in (lambda: -Neg(), lambda: abs(Neg()), lambda: ~Neg(), lambda: +Neg()):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class Idx:
    __index__ = None
for f in (lambda: [1][Idx()], lambda: bin(Idx()), lambda: range(Idx()), lambda: "x" * Idx()):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class Rnd:
    __round__ = None
    __int__ = None
    __float__ = None
    __complex__ = None
for f in (lambda: round(Rnd()), lambda: int(Rnd()), lambda: float(Rnd()), lambda: complex(Rnd())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
