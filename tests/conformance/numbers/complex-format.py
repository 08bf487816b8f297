# format() and f-strings of complex numbers: empty spec, precisions, alignment, signs and the refused specs
values = [3 + 4j, 4j, complex(-0.0, -1), complex(1, float("nan")), 1e20 + 1j, 1234567.891 - 0.000123j, -2.5 + 0j, 0.1 + 0.2j, 0j]
specs = ["", ".2f", "10.3f", "<20", "^20.2e", "+", " ", ".3", "g", "G", "n", "#.0f", "e", "E", "F", "z.1f", ",", "_.2f", "*>25", ",.2f", "+.1e", "10"]
for z in values:
    print(" | ".join(format(z, spec) for spec in specs))
z = 1.5 - 2.25j
print(f"{z}|{z:.1f}|{z:>16}|{z:<16}|{z:^16}|{z:e}|{z.real:.1f}|{z.imag:+.3f}|{abs(z):.4f}")
print("{} {:.2f} {!r}".format(z, z, z), "%s" % (z,), str(z), repr(z))


def attempt(spec):
    try:
        print(format(z, spec))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for spec in ["%", "d", "05", "=10", "0<10", "x", ".2%", "s", "c"]:
    attempt(spec)
