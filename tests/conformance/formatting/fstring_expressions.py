# f-strings evaluate expressions, conversions and the = specifier.
name = "Ada"
values = [3, 1, 2]
print(f"{name!r} {name!s} {name.upper()} {len(values)} {sorted(values)}")
print(f"{values[0] + values[1] = }")
print(f"{'nested ' + name:>15}")
width = 6
print(f"{3.14159:{width}.{2}f}|")
print(f"{{literal braces}} {name}")
d = {"k": 1}
print(f"{d['k']} {d}")
