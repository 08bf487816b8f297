# __bool__ / __len__ truthiness rules and their errors
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __bool__(self): return False
    def __len__(self): return 5
class Bad:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class StrLen:
    def __len__(self): return "3"
print(bool(L(0)), bool(L(3)), bool(B()), len(B()), bool(object()))
print("yes" if L(2) else "no", not L(0), L(0) or "fallback", L(1) and "and")
for cls in (Bad, NegLen, BigLen, StrLen):
    try:
        print(bool(cls()))
    except Exception as e:
        print(cls.__name__, type(e).__name__ + ":", e)
for cls in (NegLen, BigLen, StrLen):
    try:
        print(len(cls()))
    except Exception as e:
        print(cls.__name__, type(e).__name__ + ":", e)
try:
    if Bad():
        pass
except TypeError as e:
    print("TypeError:", e)
print(any([L(0), L(0)]), all([L(1), B()]), list(filter(None, [L(0), L(1), B()]))[0].n)
class Half:
    __bool__ = None
try:
    bool(Half())
except TypeError as e:
    print("TypeError:", e)
while L(0):
    print("never")
print([bool(x) for x in (0, 0.0, "", [], {}, set(), (), None, 0j, range(0), b"")])
