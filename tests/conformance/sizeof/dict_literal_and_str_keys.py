# Dict sizes for literals, dict(), and str keys.
import sys

print("{}", sys.getsizeof({}))
print("{1: 1}", sys.getsizeof({1: 1}))
print("{'a': 1}", sys.getsizeof({"a": 1}))
print("dict(a=1, b=2)", sys.getsizeof(dict(a=1, b=2)))
print("5 str keys", sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}))
print("6 str keys", sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print("comprehension of 10", sys.getsizeof({i: i for i in range(10)}))
