# round(int, ndigits) with a negative ndigits rounds half to even at that power of ten, and one past the value's digits gives 0 (a power of ten of a million digits included)
for n, d in [(12345, -10**6), (12345, -5), (-12345, -5), (15, -1), (25, -1), (-25, -1), (-15, -1), (99999, -5), (99999, -6), (50000, -5), (150000, -5), (-50000, -5), (2**64, -20), (2**64, -19)]:
    r = round(n, d)
    print(r, type(r).__name__)
print(round(True, -400), round(1.5, 10**9), round(2.5, -10**9), round(10**100, -101), round(-6 * 10**100, -101), round(5 * 10**100, -101), round(10**100, -100))
