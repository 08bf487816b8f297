# Recursion through functools.partial: a partial without stored keywords calls its function as python3 does, as deep as the limit allows; one with stored keywords counts a level of its own
import sys
import functools
sys.setrecursionlimit(150)
def f(n):
    return 0 if n == 0 else pp(n - 1) + 1
pp = functools.partial(f)
def g(a, n):
    return a if n == 0 else pg(n - 1) + 1
pg = functools.partial(g, 10)
def h(n, k):
    return k if n == 0 else ph(n - 1) + 1
ph = functools.partial(h, k=5)
def at_limit(fn, deepest):
    # python3's deepest recursion at this limit works, one more level does not.
    print(fn(deepest))
    try:
        fn(deepest + 1)
    except RecursionError as e:
        print(deepest + 1, e)
at_limit(pp, 147)
at_limit(pg, 147)
at_limit(ph, 73)
def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return pb(n - 1)
pb = functools.partial(boom)
try:
    pb(5)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
class Big:
    def __del__(self):
        print("del Big")
def keep(x, y):
    print(sys.getrefcount(x), sys.getrefcount(y))
    return y
pk = functools.partial(keep, Big())
print(pk(Big()) is not None)
del pk
print(functools.partial(keep)([1], [2]))
try:
    functools.partial(keep, 1)(2, 3)
except TypeError as e:
    print(e)
mc = __import__("operator").methodcaller("down")
class Down:
    def __init__(self, n):
        self.n = n
    def down(self):
        return 0 if self.n == 0 else mc(Down(self.n - 1)) + 1
at_limit(lambda n: mc(Down(n)), 72)
