# a number or str subclass whose own operator declines reaches only the right operand's builtin slot
class S(str):
    def __add__(self, o): return NotImplemented
try:
    print(S("a") + "b")
except TypeError as e:
    print("TE", e)
class F(float):
    def __add__(s, o): return NotImplemented
try:
    print(F(1.0) + 2)
except TypeError as e:
    print("TE", e)
print(F(1.0) + 2.0)
class Y:
    def __index__(self): return 2
y = Y()
try:
    y *= [1]
except TypeError as e:
    print("TE", e)
print(type(y).__name__)
class M(str):
    def __mul__(self, n): return NotImplemented
for args in [(M("a"), 3), (3, M("a"))]:
    try:
        print(args[0] * args[1])
    except TypeError as e:
        print("TE", e)
class I(int):
    def __add__(self, o): return NotImplemented
    def __or__(self, o): return NotImplemented
for other in [True, 2, 2.5, 1j, I(3)]:
    try:
        print(I(1) + other)
    except TypeError as e:
        print("TE", e)
try:
    print(I(1) | 2)
except TypeError as e:
    print("TE", e)
class FS(frozenset):
    def __or__(self, o): return NotImplemented
print(sorted(FS({1}) | {2}))
try:
    FS({1}) | [2]
except TypeError as e:
    print("TE", e)
class Z:
    def __radd__(self, o):
        return "Z.radd"
print(I(1) + Z())
class Q(int):
    pass
print(I(1) + Q(2))
