# next() of a generator resumes its frame in the loop: recursion through it goes to the recursion limit, not 240 levels
import sys
sys.setrecursionlimit(300)


def count(n):
    if n == 0:
        yield 0
        return
    yield next(count(n - 1)) + 1


def count_with_default(n):
    if n == 0:
        return
        yield
    yield next(count_with_default(n - 1), -1) + 1


print(next(count(295)))
try:
    next(count(296))
except RecursionError as e:
    print("count(296):", e)
print(next(count_with_default(295)))
try:
    next(count_with_default(296))
except RecursionError as e:
    print("count_with_default(296):", e)


def endless(n):
    yield next(endless(n + 1))


try:
    next(endless(0))
except RecursionError as e:
    print("endless:", e)
# The generators the failed run left behind are finished: each frame is gone.
g = endless(0)
try:
    next(g)
except RecursionError:
    pass
print(g.gi_frame, next(g, "exhausted"))
