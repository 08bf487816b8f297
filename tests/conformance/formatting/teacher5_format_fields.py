# str.format field syntax, format_map, alignment, nested specs
class P:
    x = 3
    def __format__(self, spec): return f"P<{spec}>"
print("{0[1]} {0[a]}".format({1: "one", "a": "A"}), "{0.x} {p.x}".format(P(), p=P()), "{:>8}|{:^8}|{:<8}|".format("l", "c", "r"))
print("{!r:>10}|{!s:*<6}|{0!a}".format("é", 1.5), "{0:{1}{2}}".format(3.14159, ".", "3"), "{:{w}.{p}}".format(2.71828, w=10, p=3))
print("{} {} {}".format(1, 2, 3), "{2}{1}{0}".format(*"abc"), "{a}-{b}".format_map({"a": 1, "b": 2}), format(P(), "spec"), f"{P():xyz}", "{:q}".format(P()))
for bad in ["{", "}", "{0} {}", "{} {0}", "{:>>}", "{0.}", "{0[}", "{!x}", "{0!}", "{a}", "{5}", "{0:d}"]:
    try:
        print(repr(bad.format("s")))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(bad, type(e).__name__, e)
print("{:,}".format(1234567), "{:_x}".format(0xdeadbeef), "{:#_b}".format(10), "{:=^+10}".format(5), "{:010.3f}".format(-3.14159))
print("{:%}".format(0.25), "{:.1%}".format(1/3), "{:e}".format(0), "{:g}".format(1e-5), "{:n}".format(1234567), "{:c}".format(0x263a))
print("{0:>{1}}".format("x", 5), "{:{}}".format("y", 4) + "|", "{:.{}f}".format(3.14159, 2))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 3}, "%c%c" % (72, "i"), "%5.1f%%" % 99.5, "%-6s|" % "ab", "%+d %+d" % (1, -1), "%r" % [1])
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", 5), ("%z", 1), ("%c", 1.5), ("%c", "ab")]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(bad[0], type(e).__name__, e)
