# reflected operator methods as frames: counts, fallbacks, errors, depth
import sys
sys.setrecursionlimit(300)  # a lower limit keeps these probes short
import sys
class R:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        print("radd", type(o).__name__, sys.getrefcount(self), sys.getrefcount(R.__radd__))
        if o == "decline" or o == ["decline"]:
            return NotImplemented
        if o == 13:
            raise ValueError("thirteen")
        return R(self.v + 1)
    def __rsub__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return "rmul"
    def __del__(self):
        print("del R", self.v)
r = R(0)
print((5 + r).v)
print((2.5 + r).v, (None + r).v, ("s" + r).v, ([1] + r).v, ((1,) + r).v)
for left in ["decline", ["decline"], 7]:
    try:
        print(left - r)
    except TypeError as e:
        print("TE", e)
try:
    "decline" + r
except TypeError as e:
    print("TE", e)
try:
    ["decline"] + r
except TypeError as e:
    print("TE", e)
x = ["decline"]
try:
    x += R(10)
except TypeError as e:
    print("TE", e, x)
try:
    13 + r
except ValueError as e:
    print("VE", e, sys.getrefcount(r))
print(3 * r, [1] * r, "ab" * r)
class L:
    def __add__(self, o):
        return NotImplemented
print((L() + r).v)
class Peano:
    def __init__(self, n):
        self.n = n
    def __radd__(self, other):
        if self.n == 0:
            return other
        return (other + 1) + Peano(self.n - 1)
def probe(n):
    try:
        return 0 + Peano(n)
    except RecursionError:
        return "deep"
print([probe(n) for n in (10, 295, 296)])
print("end")
