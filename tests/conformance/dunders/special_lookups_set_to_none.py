# special method lookups that find None: __sizeof__, __dir__, __missing__, __init_subclass__, __length_hint__, __round__
import sys
class S:
    __sizeof__ = None
try:
    sys.getsizeof(S())
except TypeError as e:
    print("TypeError:", e)
class D:
    __dir__ = None
try:
    dir(D())
except TypeError as e:
    print("TypeError:", e)
class M(dict):
    __missing__ = None
try:
    M()["k"]
except (TypeError, KeyError) as e:
    print(type(e).__name__ + ":", e)
class Base:
    __init_subclass__ = None
try:
    class Sub(Base):
        pass
except TypeError as e:
    print("TypeError:", e)
class LH:
    def __iter__(self): return iter([1, 2])
    __length_hint__ = None
try:
    print(list(LH()))
except TypeError as e:
    print("TypeError:", e)
class R:
    __round__ = None
try:
    round(R())
except TypeError as e:
    print("TypeError:", e)
class Cx:
    __complex__ = None
try:
    complex(Cx())
except TypeError as e:
    print("TypeError:", e)
