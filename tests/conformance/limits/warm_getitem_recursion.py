# Warm __getitem__ recursion runs as plain calls (BINARY_SUBSCR_GETITEM): as deep as python3, and its errors and tracebacks
import sys
sys.setrecursionlimit(150)
class Chain:
    def __init__(self, rest):
        self.rest = rest
    def __getitem__(self, i):
        if self.rest is None:
            return i
        return self.rest[i + 1]
def build(n):
    c = None
    for _ in range(n):
        c = Chain(c)
    return c
print(build(149)[0])
try:
    build(150)[0]
except RecursionError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("RecursionError", e, depth)
class Bad:
    def __getitem__(self, i):
        return 1 / i
b = Bad()
def hot():
    total = 0
    for i in range(12, -1, -1):
        total += b[i]
    return total
try:
    hot()
except ZeroDivisionError as e:
    print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_lineno)
def outer():
    scale = 3
    class Cl:
        def __getitem__(self, i):
            return i * scale
    c = Cl()
    return [c[i] for i in range(12)]
print(outer())
class Gen:
    def __getitem__(self, i):
        yield i
        yield sys.getrefcount(self)
gg = Gen()
print([list(gg[i]) for i in range(12)])
hot_failing = Bad()
def fails_last():
    for i in range(12, 0, -1):
        hot_failing[i]
    hot_failing[0]
fails_last()
