# recursion through __radd__ after __add__ declines goes as deep as python3
import sys
sys.setrecursionlimit(300)  # a lower limit keeps these probes short
class V:
    def __add__(self, o): return NotImplemented
class W:
    def __radd__(self, o):
        self.n -= 1
        if self.n == 0: return 0
        return V() + self
def probe(n):
    w = W(); w.n = n
    try:
        V() + w; return True
    except RecursionError: return False
lo, hi = 290, 300
while lo < hi:
    m = (lo + hi + 1)//2
    if probe(m): lo = m
    else: hi = m - 1
print("max", lo)
