# round(): a float past 2**53 rounds to its exact int; ndigits rounds half to even on the exact value (also left of the point) and has CPython's limits
for x in [1.5e300, 2.0**53 + 2, 1e22, -1e300, 123456789.5, 2.5, -3.5]:
    r = round(x)
    print(type(r).__name__, r)
vals = [25.0, 35.0, -25.0, 15.0, 5.0, 2.675, 0.125, -0.4, 1.7976931348623157e308, 123456.789, 5e-324, 0.0, -0.0, float("inf"), float("nan")]
for v in vals:
    out = []
    for nd in (-400, -309, -308, -2, -1, 0, 1, 2, 300, 323, 324):
        try:
            out.append(repr(round(v, nd)))
        except OverflowError as e:
            out.append(str(e))
    print(v, out)
print(round(5, -1), round(15, -1), round(-15, -1), round(12345, -10), round(7, 2))
print((25.0).__round__(-1), (1e22).__round__())
