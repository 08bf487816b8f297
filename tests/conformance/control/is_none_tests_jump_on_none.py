# `x is None` tests as one jump: generator sizes follow co_stacksize, and counts stay CPython's
import sys, gc
def walk(n):
    while n is not None:
        yield n
        n = None
def first(items):
    for x in items:
        if x is None or x is not None and x > 1:
            yield x
def nested(a, b):
    if a is None and (b is None or b):
        yield 1
def deep(a):
    if (a is not None
            and a):
        yield a
g = walk(1)
print(sys.getsizeof(g), sys.getsizeof(first([])), sys.getsizeof(nested(1, 2)), sys.getsizeof(deep(1)))
print(walk.__code__.co_stacksize, first.__code__.co_stacksize, nested.__code__.co_stacksize)
print(list(first([None, 1, 2, 3])))
x = [1]
print(sys.getrefcount(x))
if x is not None:
    print(sys.getrefcount(x))
y = None
print("none" if y is None else "set", "x" if x is None else "x set")
print([v for v in [None, 0, 1] if v is not None])
def f(v):
    return v is None
print(f(None), f(0))
while y is None:
    y = 1
print(y)
gc.collect()
print(gc.get_count())
