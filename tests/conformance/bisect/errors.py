# bisect's argument errors with CPython's messages: "lo must be non-negative", hi's converter, clinic's arity and keyword checks
import bisect
for bad in [
    lambda: bisect.bisect_right([1]),
    lambda: bisect.bisect_right([1], 1, 2, 3, 4),
    lambda: bisect.bisect_left([1], 1, 0, 1, key=None, x=3),
    lambda: bisect.bisect_right([1], 1, foo=2),
    lambda: bisect.bisect_right([1], 1, lo=-1),
    lambda: bisect.bisect_left([1], 1, -3, 0),
    lambda: bisect.insort([1], 1, lo=-1),
    lambda: bisect.insort_left([1], 1, lo=-1, key=len),
    lambda: bisect.bisect_right([1], 1, lo="a"),
    lambda: bisect.bisect_right([1], 1, lo=1.5),
    lambda: bisect.bisect_right([1], 1, hi="a"),
    lambda: bisect.bisect_right([1], 1, 1, lo=2),
    lambda: bisect.bisect_right(5, 1),
    lambda: bisect.bisect_right({1: 2}, 1),
    lambda: bisect.insort((1, 2), 1),
    lambda: bisect.bisect_right([1, 2], 1, hi=5),
    lambda: bisect.bisect_right([1], 1, lo=2**70),
    lambda: bisect.bisect_right([1], 1, hi=2**70),
    lambda: bisect.bisect_right([3, 2], 1, key=1),
    lambda: bisect.insort_right([3, 2], 1, key=1),
    lambda: bisect.bisect_left([1, "a"], 2),
    lambda: bisect.bisect_left(),
    lambda: bisect.insort_left(),
    lambda: bisect.bisect_left(None, 1, 0, 0),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
bisect.insort(l, 2.5)
bisect.insort(l, "x")
