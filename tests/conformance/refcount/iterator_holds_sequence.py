# An iterator holds the sequence it walks until it is exhausted.
import sys

data = [1, 2, 3]
print("list:", sys.getrefcount(data))
it = iter(data)
print("with an iterator:", sys.getrefcount(data))
print(next(it), next(it), next(it))
print("exhausted:", next(it, "done"))
print("after exhaustion:", sys.getrefcount(data))
