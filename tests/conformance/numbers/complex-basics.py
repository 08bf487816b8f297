# complex numbers as "Variables and Data Types" notes show them: literals, type, parts, abs, repr and size
import sys

z = 3 + 4j
print(z, type(z), type(z).__name__)
print(z.real, z.imag, type(z.real))
print(abs(z), z.conjugate())
print(sys.getsizeof(z), sys.getsizeof(1j), sys.getsizeof(complex()))
print(isinstance(z, complex), isinstance(z, (int, float)), isinstance(1j, object))
w = complex(2, -3)
print(w, repr(w), str(w), [w, z], (w,))
print(4j, 1.5j, 1e3j, 0j, 1_000j, 01j, 1.J, .5j, 1E-3j)
print(-0j, -(0j), complex(-0.0, -1.0), 0j * -1, complex(-0.0, 0.0))
inf = float("inf")
nan = float("nan")
print(complex(1, nan), complex(0, inf), complex(inf, -inf), complex(nan, nan), -complex(0, inf))
print(1e20 + 1j, 1e16 + 1e-5j, 1e-7j, 123456789012345678j, 2.5 + 0j)
x = 5
y = 2.5
print(x + z, y * z, z - x, z / 2, z ** 2, 2 ** z)
print(type(x + z).__name__, (3 + 4j) == complex(3, 4))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), not z)
print(z.real + z.imag, round(abs(3 + 4j)), int(z.real))
print(f"{z}", f"{z!r}", f"{z:.2f}", f"{z!s:>12}|")
