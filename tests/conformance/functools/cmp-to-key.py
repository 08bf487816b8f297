# functools.cmp_to_key: sorting through KeyWrapper objects, what each holds (refcounts), comparisons, size, gc and errors.
import functools
import gc
import sys

def by_length(a, b):
    return len(a) - len(b)

words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=functools.cmp_to_key(by_length)), sorted(words, key=functools.cmp_to_key(by_length), reverse=True))
print(max(words, key=functools.cmp_to_key(by_length)), min([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(by_length)
print(sys.getrefcount(by_length), type(K), type(K).__name__, sys.getsizeof(K), gc.is_tracked(K), callable(K))
item = ["x"]
k1 = K(item)
k2 = K(["y", "z"])
print(sys.getrefcount(item), sys.getrefcount(by_length), k1.obj is item, k1 < k2, k1 > k2, k1 == k2, k1 <= k2, k1 >= k2, k1 != k2)
k3 = k1(["q"])
print(k3.obj, k3 == k1, sys.getrefcount(by_length))
del k1
print(sys.getrefcount(item))
print([type(x).__name__ for x in gc.get_referents(k2)])
calls = []
def counting(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)
data = [5, 3, 4, 1]
print(sorted(data, key=functools.cmp_to_key(counting)), len(calls))
for call in (lambda: functools.cmp_to_key(), lambda: K(), lambda: K(1) < 1, lambda: 1 < K(1), lambda: hash(K(1)), lambda: K(1) < functools.cmp_to_key(by_length)(2),
             lambda: functools.cmp_to_key(1)(1) < functools.cmp_to_key(1)(2), lambda: K < K(1)):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
gc.collect()
cyc = []
cyc.append(functools.cmp_to_key(lambda a, b: 0)(cyc))
del cyc
print("collected", gc.collect())
