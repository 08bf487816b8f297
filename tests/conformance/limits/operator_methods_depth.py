# recursion through operator methods ends where python3's does
import sys
sys.setrecursionlimit(300)  # a lower limit keeps these probes short
import sys
class Loop:
    def __add__(self, other):
        return self + other
    def __mul__(self, other):
        return other * self
    def __rmul__(self, other):
        return self * other
    def __isub__(self, other):
        self -= other
        return self
    def __sub__(self, other):
        return NotImplemented
depth = 0
def probe():
    global depth
    depth += 1
    probe()
for name, fn in [("add", lambda: Loop() + 1), ("mul", lambda: Loop() * Loop()), ("rmul", lambda: 2 * Loop())]:
    try:
        fn()
    except RecursionError as e:
        print(name, e)
x = Loop()
try:
    x -= 1
except RecursionError as e:
    print("isub", e)
def count(n):
    class P:
        def __init__(self, k):
            self.k = k
        def __add__(self, o):
            if self.k == 0:
                return o
            return P(self.k - 1) + o
    try:
        P(n) + 0
        return "ok"
    except RecursionError:
        return "deep"
print([count(n) for n in range(295, 298)])
class Q:
    def __add__(self, o):
        return self + o
try:
    Q() + 1
except RecursionError:
    tb = sys.exc_info()[2]
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames in traceback", n)
