# format specs for ints and floats: ',', '_', '%', 'e', 'g', '#x', '#o', '#b', 'n', 'c', signs, zero padding
for n in (0, 7, -7, 1234567, -1234567, 255, 2**40):
    print(f"{n:,} {n:_} {n:_x} {n:#x} {n:#X} {n:#o} {n:#b} {n:08,} {n:+,} {n: } {n:=+12,} {n:^12} {n:e} {n:g} {n:%}")
for x in (0.0, -0.0, 1.5, 1234567.891, 1e-5, 1e16, 123.456, float("inf"), float("nan"), 0.000123456, 2.5, 3.5):
    print(f"{x:,} {x:.2f} {x:,.2f} {x:e} {x:.3e} {x:g} {x:.3g} {x:#g} {x:%} {x:.1%} {x:10.3f}| {x:<10}| {x:+} {x:_.1f} {x:012.2f}")
print(f"{65:c} {0x263a:c} {10:n} {1e6:n} {1234.5:n}", format(12, "b"), format(-12, "#b"), format(3.0, ""), format(3.0, ".0f"))
print(f"{'s':>5}|{'s':^5}|{'s':<5}|{'long':.2}|{'x':*>4}|{'é':#<3}")
print(format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e100, ",.0f")[:20])
for spec in ("x", ",s", ".2d", "c", "=s", "#s", "z", ",_", "_,", "+s", "5.2%s"):
    for v in (1.5, "s", 7):
        try:
            format(v, spec)
        except (ValueError, TypeError) as e:
            print(repr(spec), type(v).__name__, e)
try:
    format(2**40, "c")
except OverflowError as e:
    print(e)
try:
    format(-1, "c")
except OverflowError as e:
    print(e)
print(format(True, ""), format(True, "d"), format(True, ">5"), format(None, ""), format(1+2j, ".1f"))
try:
    format(None, "d")
except TypeError as e:
    print(e)
print("%5.1f|%-5d|%05d|%x|%#o|%e|%g|%c|%r|%%|%+d" % (3.14159, 42, -42, 255, 8, 1234.5, 0.00001, 65, "a", 5))
print("%(a)s %(b)05.1f" % {"a": 1, "b": 2.25}, "%s" % (1,), "%s" % [1], "%.3s" % "abcdef", "%*d" % (5, 3))
