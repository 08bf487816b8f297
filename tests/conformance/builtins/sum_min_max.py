# sum, min and max with start, key and default.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []))
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("apple", "pear", key=len))
print(min([], default="empty"), max([(1, "b"), (1, "a")]))
print(max({"a": 3, "b": 1}, key=lambda k: -ord(k)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
