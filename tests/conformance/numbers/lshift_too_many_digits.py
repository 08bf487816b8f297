# left shifts too big for an int: OverflowError "too many digits in integer" past _PyLong_New's limit
big = 10 ** 20
for x in (1, -1, 5, 2 ** 100):
    for shift in (10 ** 20, 2 ** 63, 2 ** 70, 10 ** 19 * 8):
        try:
            x << shift
        except (OverflowError, MemoryError) as e:
            print(x, "<<", shift, type(e).__name__, e)
print(0 << big, 0 << 2 ** 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(1 << 100, -3 << 65, (2 ** 70) >> big, -(2 ** 70) >> big)
try:
    1 << 10 ** 20
except OverflowError as e:
    print("folded?", e)
print((7).__lshift__(3), (7).__rlshift__(3))
x = 1
x <<= 64
print(x)
try:
    x <<= 10 ** 30
except OverflowError as e:
    print("augmented:", e)
