# int(), float() and len() check what __int__, __float__, __index__ and __len__ return, as PyNumber_Long, PyNumber_Float and slot_sq_length do; a class with only __index__ converts through it
class OnlyIndex:
    def __index__(self):
        return 7

class IntGivesFloat:
    def __int__(self):
        return 1.5

class FloatGivesInt:
    def __float__(self):
        return 1

class IndexGivesStr:
    def __index__(self):
        return "x"

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

checks = [
    ("int of index", lambda: int(OnlyIndex())),
    ("float of index", lambda: float(OnlyIndex())),
    ("int gives float", lambda: int(IntGivesFloat())),
    ("float gives int", lambda: float(FloatGivesInt())),
    ("index gives str", lambda: int(IndexGivesStr())),
    ("float index gives str", lambda: float(IndexGivesStr())),
    ("len huge", lambda: len(Sized(2 ** 70))),
    ("len huge negative", lambda: len(Sized(-2 ** 70))),
    ("len negative", lambda: len(Sized(-1))),
    ("len 2**53 - 1", lambda: len(Sized(2 ** 53 - 1))),
    ("len past max", lambda: len(Sized(2 ** 63))),
    ("len float", lambda: len(Sized(2.0))),
    ("bool huge", lambda: bool(Sized(2 ** 70))),
    ("bool zero", lambda: bool(Sized(0))),
]
for name, check in checks:
    try:
        print(name, check())
    except (TypeError, ValueError, OverflowError) as e:
        print(name, type(e).__name__, e)
