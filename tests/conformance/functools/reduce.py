# functools.reduce: results, the argument tuple it refills (refcounts seen inside the function), and its errors.
import sys
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0), reduce(min, [], 7))
print(reduce(lambda acc, s: acc + [s], "abc", []))

def show(a, b):
    print("show", a, b, sys.getrefcount(a), sys.getrefcount(b))
    return b

y = [2]
z = [3]
w = [4]
print(reduce(show, [y, z, w]))
print(sys.getrefcount(y), sys.getrefcount(z), sys.getrefcount(w))

kept = []
def keep(*args):
    kept.append(args)
    return args[1]

print(reduce(keep, [y, z, w]), len(kept), kept[0] is kept[1])
del kept[:]
print(sys.getrefcount(y), sys.getrefcount(z), sys.getrefcount(w))

def gen():
    yield [5]
    yield [6]

print(reduce(lambda a, b: a + b, gen()))
for call in (lambda: reduce(), lambda: reduce(len), lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 1),
             lambda: reduce(1, [1, 2]), lambda: reduce(lambda a, b: a, [], 1, 2), lambda: reduce(lambda a, b: a, [1], initial=2)):
    try:
        call()
    except TypeError as e:
        print(e)
