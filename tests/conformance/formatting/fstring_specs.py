# f-strings with format specs: width, alignment, precision, sign, grouping and bases.
n = 1234567.891
i = 255
print(f"{n:.2f}|{n:,.1f}|{n:e}|{n:.3g}")
print(f"{i:d}|{i:x}|{i:X}|{i:o}|{i:b}|{i:#x}|{i:08b}")
print(f"[{'left':<8}]|[{'right':>8}]|[{'mid':^8}]|[{'fill':*^9}]")
print(f"{42:+d}|{-42:+d}|{42: d}|{3.14159:10.3f}|{0.25:.1%}")
print(f"{1_000_000:_}|{12:04d}|{7:>4}")
