# deque.__init__ called again: the new maxlen, the old items cleared (their __del__ runs), then the iterable's
from collections import deque
d = deque([1,2,3], 2)
d.__init__([4,5,6,7], 3)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)
d.__init__(maxlen=1, iterable="ab")
print(d)
for a, k in [((1,), {}), (([1], -1), {}), (([1], "x"), {}), ((), {"bad": 1}), (([1], 2, 3), {})]:
    try: d.__init__(*a, **k)
    except Exception as e: print(type(e).__name__, e)
print(d)
deque.__init__(d, [9])
print(d)
from collections import deque
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = deque([D(1), D(2)], 5)
print("reinit")
d.__init__([D(3)])
print(d.maxlen, len(d), sys.getrefcount(d))
print(deque([1, 2]).__init__() is None)
print(type(deque.__init__).__name__)
e = deque("xy")
gc.collect()
e.__init__("abc", maxlen=2)
print(e, gc.get_count())
