# round() halves to even, with ndigits positive, zero and negative; round of a bool is an int; nan and inf errors; __round__ of a class
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16 + 1, -0.0, 3, -3, True):
    print(repr(x), repr(round(x)), repr(round(x, 2)), repr(round(x, -1)), repr(round(x, 0)))
for n in (15, 25, -25, 1250, 1350, 10**20 + 5 * 10**19, -5):
    print(round(n, -1), round(n, -2), round(n, 3))
print(round(123.456, -2), round(-123.456, 1), round(5e-324, 400), round(1.5e300, -300))
for bad in (float("nan"), float("inf")):
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(e)
try:
    round("1.5")
except TypeError as e:
    print(e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(2.5, None))
