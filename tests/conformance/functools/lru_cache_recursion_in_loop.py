# An lru_cache wrapper called by CALL runs its function as a frame of the loop: memoized recursion goes as deep as python3's (each level counts the type call and the frame), a miss that raises stores nothing, and the arguments' counts inside the call are CPython's.
import sys, gc, functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(300), fib.cache_info())

@functools.lru_cache(maxsize=None)
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(e, down.cache_info().misses)

@functools.lru_cache(maxsize=2)
def bounded(n):
    return n if n < 2 else bounded(n - 1) + bounded(n - 2)

print(bounded(20), bounded.cache_info())

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
    def __del__(self):
        print("Key freed", self.v)

@functools.lru_cache(maxsize=None)
def inspect(k, flag):
    print("inside", sys.getrefcount(k), flag)
    if flag:
        raise ValueError("no result")
    return [k.v]

k = Key(1)
r = inspect(k, False)
print(r, sys.getrefcount(k), inspect(k, False) is r)
try:
    inspect(Key(2), True)
except ValueError as e:
    print("raised", e, inspect.cache_info())
gc.collect()
inspect(Key(3), False)
print(gc.get_count())
inspect.cache_clear()
print("cleared")

@functools.lru_cache
def typed_pair(a, b):
    return a * b
print(typed_pair(2, 3), typed_pair(2, b=3), typed_pair.cache_info())
