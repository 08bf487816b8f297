# complex arithmetic with ints, floats and complexes: results, signed zeros, errors and messages
a = 1.5 - 2j
b = -3 + 0.25j
for x, y in [(a, b), (a, 2), (3, b), (a, 0.5), (-1.25, a), (1j, 1j), (1 + 1j, 1 - 1j), (True, a)]:
    print(x + y, x - y, x * y, x / y)
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), 1 / (1 + 1j), 7 / 2j)
print(complex(0, -0.0) + 1.0, complex(-0.0, -0.0) + 0, -0.0 + 0j, 0j - 0j, -(0j - 0j))
print((1 + 1j) ** 2, (1 + 1j) ** -2, (2 + 3j) ** 0, 1j ** 4, (1 + 2j) ** 10, (0.5 + 0.5j) ** 100)
print((1 + 1j) ** 0.5, (2 + 3j) ** (1 + 1j), 1j ** 1j, 2 ** (1 + 1j), 0j ** 2, 0j ** 0)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, pow(-4, 0.5), (-27.5) ** -0.25)
print(abs(1 + 1j), abs(-3j), abs(complex(1e308, 1e308) / 10), abs(complex(float("inf"), float("nan"))))
print(+a is a, -a, +(-a), -(-a))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: (1 + 2j) / 0)
attempt(lambda: 1 / 0j)
attempt(lambda: 5 / complex(0, 0))
attempt(lambda: 0j ** -1)
attempt(lambda: 0j ** 1j)
attempt(lambda: (1e200 + 1j) ** 2)
attempt(lambda: (10 + 10j) ** 1000.5)
attempt(lambda: abs(complex(1e308, 1e308)))
attempt(lambda: (1 + 2j) % 2)
attempt(lambda: (1 + 2j) // 2)
attempt(lambda: 5 // 1j)
attempt(lambda: divmod(1 + 2j, 2))
attempt(lambda: 1j & 1)
attempt(lambda: ~1j)
attempt(lambda: 1j + "a")
attempt(lambda: "a" + 1j)
attempt(lambda: [1] * 1j)
attempt(lambda: 1j + 10**400)
attempt(lambda: 10**400 * 1j)
attempt(lambda: pow(1j, 2, 3))
attempt(lambda: pow(2, 3, 1j))
attempt(lambda: pow(2.0, 2, 1j))
attempt(lambda: int(1 + 2j))
attempt(lambda: float(1 + 2j))
attempt(lambda: round(1 + 2j))
attempt(lambda: "%d" % 1j)
attempt(lambda: "%f" % 1j)
attempt(lambda: "%s|%r|%5s" % (1j, 1 + 2j, 2j))
z = 2 + 1j
z += 1
z *= 1j
z /= 2
z **= 2
z -= 0.5
print(z)
