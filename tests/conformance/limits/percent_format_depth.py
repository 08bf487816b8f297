# depth at which '%s' % (v,) and '%s' % (1,) fail
import sys
sys.setrecursionlimit(40)
def probe(h):
    for n in range(30, 40):
        def rec(k):
            if k == 0:
                return h()
            return rec(k - 1)
        try:
            rec(n)
        except RecursionError as e:
            return n, str(e)
v = 1
print(probe(lambda: '%s' % (1,)))
print(probe(lambda: '%s' % (v,)))
print(probe(lambda: '%d' % (1,)))
print(probe(lambda: '%s' % 1))
print(probe(lambda: str(1)))
