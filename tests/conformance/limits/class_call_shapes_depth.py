# recursion through class calls of different shapes (keywords, a metaclass __call__, a list subclass, __new__), with depth probes at a low limit
import sys
sys.setrecursionlimit(150)
def depth_of(make):
    n = 0
    def go():
        nonlocal n
        n += 1
        make(go)
    try:
        go()
    except RecursionError as e:
        return n, str(e)
class KW:
    def __init__(self, go, flag=False):
        go()
class Meta(type):
    def __call__(cls, *args, **kw):
        return super().__call__(*args, **kw)
class M(metaclass=Meta):
    def __init__(self, go):
        go()
class L(list):
    def __init__(self, go):
        go()
class N:
    def __new__(cls, go):
        go()
        return object.__new__(cls)
class Plain:
    def __init__(self, go):
        go()
for make in (lambda go: KW(go, flag=True), lambda go: M(go), lambda go: L(go), lambda go: N(go), lambda go: Plain(go), lambda go: int(Plain(go) and 1)):
    print(depth_of(make))
