# bad operand types for every binary and augmented operator
import operator
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", ">", ">="]
pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, 1), ({}, {}), (1.5, [1]), ({1}, [1]), (b"x", "x"), (3j, 1.0)]
for op in ops:
    for a, b in pairs:
        try:
            eval_ = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
                     "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "<<": operator.lshift,
                     ">>": operator.rshift, "&": operator.and_, "|": operator.or_, "^": operator.xor,
                     "@": operator.matmul, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}[op]
            eval_(a, b)
        except TypeError as e:
            print(op, e)
        except Exception as e:
            print(op, type(e).__name__, e)
iops = [operator.iadd, operator.isub, operator.imul, operator.itruediv, operator.ifloordiv, operator.imod,
        operator.ipow, operator.ilshift, operator.irshift, operator.iand, operator.ior, operator.ixor, operator.imatmul]
for f in iops:
    try:
        f([1], 1.5)
    except TypeError as e:
        print(f.__name__, e)
for f in (operator.neg, operator.pos, operator.invert, abs):
    for v in ("a", [1], None, 1.5):
        try:
            f(v)
        except TypeError as e:
            print(f.__name__, e)
total = 0
total += "5"
