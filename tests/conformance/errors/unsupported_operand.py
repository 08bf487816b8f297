# Operators between incompatible types.
try:
    [1] - [1]
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
None + 1
