# A __del__ run by the final collection may make and drop functions: each holds __main__'s globals while it lives.
import sys
class D:
    def __init__(s, n): s.n = n
    def __del__(s):
        before = sys.getrefcount(globals())
        f = lambda: 0
        during = sys.getrefcount(globals())
        del f
        print("del", s.n, D.__name__, during - before, sorted(x * 2 for x in [s.n]), [k for k in [s.n]])
        class K: pass
a = D("a")
b = D("b")
c = [D("c")]
