# Sorting values that cannot be compared raises TypeError.
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
sorted([None, 1])
