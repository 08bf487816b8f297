# formatting numbers a teacher shows
import math
vals = [0, 1, -1, 3.14159, 2.5, 3.5, -2.5, 1e-7, 123456789.125, float("inf"), float("nan"), 1/3]
for v in vals:
    print(repr(v), str(v), f"{v:.2f}", f"{v:e}", f"{v:g}", round(v, 1) if math.isfinite(v) else v)
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(0.375, 2))
print(f"{1234.5:,.2f}", f"{0.25:%}", f"{0.256:.1%}", f"{42:+d}", f"{42: d}", f"{-42:=8d}")
print(f"{255:08b}", f"{255:o}", f"{255:X}", f"{3.0:.0f}", f"{2.5:.0f}", f"{1e16:.0f}")
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, divmod(-7, 2), 2 ** -2, 10 / 4)
print(int(3.9), int(-3.9), math.floor(-3.5), math.ceil(-3.5), math.trunc(3.7))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), sum([0.1] * 10))
print(1e300 * 1e10, -1e300 * 1e10, 2 ** 0.5, (-8) ** (1/3))
print(float("1_000.5"), int("1_000"), int("0x1f", 16), int("0b101", 0), bin(-5), hex(-255))
print(format(1e-5, ".3g"), format(123456, ".3g"), format(0.0001234, "e"), "%.3g" % 1234567)
