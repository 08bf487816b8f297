# complex(): numbers, two arguments, strings, __complex__/__float__/__index__, keywords and errors
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2), complex(-0.0), complex(1, -0.0), complex(0, -0.0))
print(complex(1j), complex(1j, 2), complex(1j, 2j), complex(1 + 2j, 3 + 4j), complex(real=1, imag=2), complex(imag=2), complex(real=3))
z = 5 + 6j
print(complex(z) is z, complex(z, 0) is z)
for text in ["1+2j", "(1+2j)", " ( 1+2j ) ", "1_0+2j", "j", "-j", "+J", "1+j", "1-j", "1e5j", "infj", "-nanj", "nan", "1.j",
             ".5j", "\u0661+2j", "1e400j", "-0", "( 1 )", " \t3.5\n", "1.5e-3-4.5E+2J", "-1.5", "INFINITY-infj"]:
    print(repr(text), complex(text))


class Complexish:
    def __complex__(self):
        return 2 + 3j


class Floaty:
    def __float__(self):
        return 2.5


class Indexy:
    def __index__(self):
        return 7


class Wrong:
    def __complex__(self):
        return 1


print(complex(Complexish()), complex(Floaty()), complex(Indexy()), complex(Floaty(), Floaty()), complex(1, Indexy()))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


for bad in ["1 + 2j", "", "()", "(1", "1j)", "1e", "0x1j", "1+-2j", "--1j", "1+2", "(1+2j", "1__0j", "1_j", "_1j", "1+2j_", "abc"]:
    attempt(lambda: complex(bad))
attempt(lambda: complex(1, 2, 3))
attempt(lambda: complex(x=1))
attempt(lambda: complex(1, real=2))
attempt(lambda: complex("1", 2))
attempt(lambda: complex(1, "2"))
attempt(lambda: complex([]))
attempt(lambda: complex(1, []))
attempt(lambda: complex(None))
attempt(lambda: complex(Wrong()))
attempt(lambda: complex(1, Complexish()))
attempt(lambda: complex(10**400))
attempt(lambda: complex(1, 10**400))
attempt(lambda: (1j).conjugate(1))
attempt(lambda: (1j).foo)
attempt(lambda: hex(1j))
attempt(lambda: range(1j))
attempt(lambda: [1, 2][int(1j.imag)])
attempt(lambda: "ab"[1j])
