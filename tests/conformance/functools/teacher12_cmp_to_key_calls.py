# sorted with functools.cmp_to_key, and how many comparisons the sort asks for
import functools
calls = []
def by_len_then_alpha(a, b):
    calls.append((a, b))
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(len(calls))
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha), reverse=True))
K = functools.cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 == k2, k1 >= k2, k2.obj)
try:
    hash(k1)
except TypeError as e:
    print("TypeError:", e)
try:
    k1 < 5
except TypeError as e:
    print("TypeError:", e)
print(max([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
