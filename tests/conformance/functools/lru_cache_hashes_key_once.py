# lru_cache hashes a call's key once (lookup and insertion use that hash) and evicts with the hash its link kept
import functools
calls = []
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        calls.append('hash')
        return hash(self.n)
    def __eq__(self, other):
        calls.append('eq')
        return isinstance(other, Key) and self.n == other.n
@functools.cache
def ident(obj):
    calls.append('call')
    return obj
w = Key(9)
ident(w)
print(calls); calls.clear()
ident(w)
print(calls); calls.clear()
ident(Key(9))
print(calls); calls.clear()
@functools.lru_cache(maxsize=2)
def f(obj):
    calls.append('call')
    return obj
f(w)
print(calls); calls.clear()
f(w)
print(calls); calls.clear()
f(Key(9))
print(calls); calls.clear()
f(Key(1)); f(Key(2)); f(Key(3))
print(calls); calls.clear()
@functools.lru_cache(maxsize=0)
def g(obj):
    calls.append('call')
    return obj
g(w)
print(calls); calls.clear()
@functools.lru_cache(typed=True)
def h(obj, k=1):
    calls.append('call')
    return obj
h(w); h(w, k=2); h(w, k=2)
print(calls); calls.clear()
class Bad:
    def __hash__(self):
        calls.append('bad hash')
        raise ValueError('no hash')
try:
    f(Bad())
except ValueError as e:
    print('ValueError', e, calls, f.cache_info())
calls.clear()
import sys
k = Key(42)
r = ident(k)
print('count with cache holding key and result', sys.getrefcount(k), calls)
