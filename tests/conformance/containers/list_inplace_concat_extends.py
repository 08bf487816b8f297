# x += iterable is list_extend (list_inplace_concat): a generator reading x sees the items it added, the length hint sizes the list, and a non-iterable is refused by iter().
import sys
x = [1, 2]
x += (v * 10 for v in x if len(x) < 6)
print(x, sys.getsizeof(x))
y = []
y += range(5)
print(y, sys.getsizeof(y))
z = [0] * 3
z += {"a": 1, "b": 2}
print(z, sys.getsizeof(z))
w = [1]
w += w
print(w, sys.getsizeof(w))
for bad in (5, None):
    try:
        q = [1]
        q += bad
    except TypeError as e:
        print(e)
s = []
s += "abc"
print(s, sys.getsizeof(s))
class L(list): pass
l = L([1])
l += iter([2, 3])
print(l, type(l).__name__)
