# repr and str of numbers and containers, chr and ord round trip.
values = [1, 1.0, -0.5, 1e100, True, None, "s", [1], (1,), {"a": 1}]
for v in values:
    print(repr(v), str(v))
print(all(chr(ord(c)) == c for c in "Hi✓"))
