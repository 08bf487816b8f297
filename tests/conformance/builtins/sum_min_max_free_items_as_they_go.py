# sum(), max() and min() take one item at a time: a loser (or an item once added) is freed during the scan, as in CPython
class N:
    def __init__(self, v): self.v = v
    def __del__(self): print("del", self.v)
    def __radd__(self, other): print("add", self.v); return other + self.v
    def __gt__(self, other): return self.v > other.v
    def __lt__(self, other): return self.v < other.v
print(sum(N(i) for i in range(3)))
print("max", max(N(i) for i in [2, 5, 1]).v)
print("min", min((N(i) for i in [2, 5, 1]), key=lambda n: n.v).v)
print("any", any(N(i).v > 0 for i in range(3)))
import sys
big = [1000 + i for i in range(3)]
print(sum(big), max(big), min(big, key=lambda v: -v), sys.getrefcount(big[0]), sys.getrefcount(big[2]))
print(max([], default="empty"), min((), default=None))
try:
    max(x for x in [])
except ValueError as error:
    print(error)
try:
    sum(["a", "b"], "")
except TypeError as error:
    print(error)
print(sum([[1], [2]], []), sum((0.5, 0.25), 1))
try:
    sum(5, "")
except TypeError as error:
    print(error)
