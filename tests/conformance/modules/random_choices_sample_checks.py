# random.choices and random.sample run random.py's checks through Python's own operators (accumulate's +, 0 <= k <= n, [None] * k)
import random, collections, array
random.seed(1)
for f in [lambda: random.choices(["H", "T"], 3), lambda: random.sample([1, 2, 3], 2.0), lambda: random.sample([1, 2, 3], "1"),
          lambda: random.sample([1, 2, 3], None), lambda: random.sample([1, 2, 3], 5), lambda: random.sample([1, 2], -1),
          lambda: random.choices("ab", weights=[1, "2"]), lambda: random.choices("abc", cum_weights=[1, 2, None]),
          lambda: random.choices([], weights=[], k=0), lambda: random.choices("abc", cum_weights=(w for w in [1, 2, 3])),
          lambda: random.choices("abc", cum_weights=5), lambda: random.choices("ab", weights=[0, 0]),
          lambda: random.choices("ab", weights=[1, float("inf")]), lambda: random.choices("ab", k=2.5),
          lambda: random.sample({1, 2}, 1), lambda: random.choices("abc", weights=[1, 2])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e, e.__suppress_context__)
class Row(tuple): pass
print(random.sample(Row([1, 2, 3, 4]), 2), random.sample(b"hello", 2), random.sample(collections.deque([1, 2, 3, 4]), 2))
print(random.sample(bytearray(b"xyz"), 2), random.sample(array.array("i", [5, 6, 7]), 2), random.sample(memoryview(b"abcd"), 2))
class W:
    def __init__(self, v): self.v = v
    def __add__(self, o): return W(self.v + (o.v if isinstance(o, W) else o))
    __radd__ = __add__
    def __le__(self, o): return self.v <= o
    def __gt__(self, o): return self.v > o
    def __rmul__(self, o): return o * self.v
    def __float__(self): return float(self.v)
print(random.choices("abc", weights=[W(1), W(2), W(3)], k=5))
print(random.choices(range(10), weights=range(10), k=6), random.choices(range(5), cum_weights=[1, 1, 2, 5, 8], k=4))
print(random.choices("ab", [2**60, 2**61], k=3), random.sample(range(10**9), 3))
class IX:
    def __index__(self): return 2
    def __le__(self, o): return True
    def __ge__(self, o): return True
    def __gt__(self, o): return False
print(random.sample([1, 2, 3], IX()), random.choices("xyz", k=IX()))
random.seed("ok")
print(random.random())
try:
    random.seed("\ud800")
except UnicodeEncodeError as e:
    print(e)
print(random.random())
