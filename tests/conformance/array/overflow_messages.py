# each typecode's setitem: the PyArg_Parse format it uses and the range checks after it, with their OverflowError and TypeError messages, and the values read back ('f' rounds to single precision)
from array import array
class Idx:
    def __index__(self): return 5
class Real:
    def __float__(self): return 2.25
values = [1.5, "a", -2**7 - 1, 2**7, -1, 2**8, -2**15 - 1, 2**15, 2**16, -2**31 - 1, 2**31, 2**32, -2**63 - 1, 2**63, 2**64, 2**100, Idx(), True, None, 10**400, 0.1, Real()]
for tc in "bBhHiIlLqQfdu":
    out = []
    for v in values:
        try:
            a = array(tc, [v])
            out.append(repr(a[0]))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(tc, array(tc).itemsize)
    for v, o in zip(values, out):
        print("   ", type(v).__name__, o)
