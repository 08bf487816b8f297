# sys.getsizeof of a class's __sizeof__ result: PyLong_AsSsize_t (exact past 2**53, OverflowError past Py_ssize_t, which a default does not catch), then the pre-header added.
import sys
class S:
    def __init__(self, n):
        self.n = n
    def __sizeof__(self):
        return self.n
for n in (0, 10, 2**53 + 1, 2**62, 2**63 - 1, 2**63, 2**70, -1, -2**70, True):
    try:
        print(sys.getsizeof(S(n)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class T:
    __slots__ = ()
    def __sizeof__(self):
        return 2**60
print(sys.getsizeof(T()))
print(sys.getsizeof(S(2**70), "default?"))
