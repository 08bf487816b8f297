# array.array's operations and messages: typecodes, overflow checks, indexing, slices, + and *, comparisons, methods and their errors
from array import array
import array as array_module
print(array_module.typecodes, array_module.ArrayType is array, type(array("i")), array.__name__)
for code in "bBhHiIlLqQfdu":
    a = array(code)
    print(code, a.typecode, a.itemsize, repr(a))
print(array("f", [0.1, 1e300, -1e300]), array("d", [0.1, 2]), array("Q", [2**64 - 1]), array("q", [-2**63]), array("b", [True]))
tests = [
    ('array("b", [128])', lambda: array("b", [128])),
    ('array("b", [-129])', lambda: array("b", [-129])),
    ('array("B", [-1])', lambda: array("B", [-1])),
    ('array("B", [256])', lambda: array("B", [256])),
    ('array("h", [2**15])', lambda: array("h", [2**15])),
    ('array("H", [-1])', lambda: array("H", [-1])),
    ('array("H", [2**16])', lambda: array("H", [2**16])),
    ('array("H", [2**31])', lambda: array("H", [2**31])),
    ('array("i", [2**31])', lambda: array("i", [2**31])),
    ('array("i", [-2**31 - 1])', lambda: array("i", [-2**31 - 1])),
    ('array("I", [-1])', lambda: array("I", [-1])),
    ('array("I", [2**32])', lambda: array("I", [2**32])),
    ('array("I", [2**64])', lambda: array("I", [2**64])),
    ('array("l", [2**63])', lambda: array("l", [2**63])),
    ('array("L", [-1])', lambda: array("L", [-1])),
    ('array("L", [2**64])', lambda: array("L", [2**64])),
    ('array("q", [2**63])', lambda: array("q", [2**63])),
    ('array("Q", [-1])', lambda: array("Q", [-1])),
    ('array("Q", [2**64])', lambda: array("Q", [2**64])),
    ('array("i", [1.5])', lambda: array("i", [1.5])),
    ('array("i", ["1"])', lambda: array("i", ["1"])),
    ('array("d", ["x"])', lambda: array("d", ["x"])),
    ('array("d", [10**400])', lambda: array("d", [10**400])),
    ('array("u", ["ab"])', lambda: array("u", ["ab"])),
    ('array("u", [1])', lambda: array("u", [1])),
    ('array("x")', lambda: array("x")),
    ('array(1)', lambda: array(1)),
    ('array("ii")', lambda: array("ii")),
    ('array("i", "abc")', lambda: array("i", "abc")),
    ('array("i", 5)', lambda: array("i", 5)),
    ('array(typecode="i")', lambda: array(typecode="i")),
    ('array()', lambda: array()),
    ('array("i", [], 3)', lambda: array("i", [], 3)),
    ('array("i", array("u", "a"))', lambda: array("i", array("u", "a"))),
    ('array("u", array("i", [65]))', lambda: array("u", array("i", [65]))),
    ('array("b", b"abc")', lambda: array("b", b"abc")),
    ('array("i", b"abc")', lambda: array("i", b"abc")),
]
for t, f in tests:
    try:
        print(t, "->", f())
    except Exception as e:
        print(t, "->", type(e).__name__, e)
a = array("i", [1, 2, 3, 4, 5])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], len(a), 3 in a, 9 in a, 3.0 in a, list(a), a.tolist())
print(a == array("i", [1, 2, 3, 4, 5]), a == array("d", [1, 2, 3, 4, 5]), a == [1, 2, 3, 4, 5], a != array("i"), a < array("i", [1, 3]), a > array("b", [1, 2]), a <= a)
print(array("d", [float("nan")]) == array("d", [float("nan")]), array("u", "ab") < array("u", "b"))
print(a + array("i", [6]), a * 2, 2 * a, a * -1, a * 0, bool(a), bool(array("i")))
a[0] = 10
a[1:3] = array("i", [20, 30, 40])
del a[-1]
a[::2] = array("i", [7, 8, 9])
print(a)
del a[::2]
print(a)
a.append(5); a.insert(0, -1); a.insert(100, 99); a.insert(-100, -99)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.extend([1, 1]); a.extend(array("i", [1])); a.remove(1)
print(a, a.count(1), a.index(1), a.index(1, 3), a.index(1, -1))
a.reverse()
print(a, a.tobytes())
b = array("h", [1, 256])
b.byteswap()
print(b, array("d", [1.5]).tobytes(), array("u", "hé").tobytes())
c = array("i")
c.frombytes(b"\x01\x00\x00\x00\xff\xff\xff\xff")
c.fromlist([5, 6])
print(c)
u = array("u", "ab")
u.fromunicode("cd")
print(u, u.tounicode())
it = iter(array("i", [1, 2]))
print(type(it), next(it))
for t, f in [
    ('a + [1]', lambda: a + [1]),
    ('a + array("d")', lambda: a + array("d")),
    ('[1] + a', lambda: [1] + a),
    ('a * "x"', lambda: a * "x"),
    ('a["x"]', lambda: a["x"]),
    ('a[50]', lambda: a[50]),
    ('a[1.5]', lambda: a[1.5]),
    ('a.pop(50)', lambda: a.pop(50)),
    ('array("i").pop()', lambda: array("i").pop()),
    ('a.remove(50)', lambda: a.remove(50)),
    ('a.index(50)', lambda: a.index(50)),
    ('a.insert("x", 1)', lambda: a.insert("x", 1)),
    ('a.append("x")', lambda: a.append("x")),
    ('a.append(2**40)', lambda: a.append(2**40)),
    ('a < [1]', lambda: a < [1]),
    ('a.extend(5)', lambda: a.extend(5)),
    ('a.extend(array("d"))', lambda: a.extend(array("d"))),
    ('a.frombytes("ab")', lambda: a.frombytes("ab")),
    ('a.frombytes(b"abc")', lambda: a.frombytes(b"abc")),
    ('a.fromlist((1,))', lambda: a.fromlist((1,))),
    ('a.tounicode()', lambda: a.tounicode()),
    ('a.fromunicode("x")', lambda: a.fromunicode("x")),
    ('a.append()', lambda: a.append()),
    ('a.extend()', lambda: a.extend()),
    ('a.pop(1, 2)', lambda: a.pop(1, 2)),
    ('a.insert(1)', lambda: a.insert(1)),
    ('a.index()', lambda: a.index()),
    ('a.count(1, 2)', lambda: a.count(1, 2)),
    ('a.reverse(1)', lambda: a.reverse(1)),
    ('a.append(x=1)', lambda: a.append(x=1)),
    ('hash(a)', lambda: hash(a)),
    ('array.foo', lambda: array.foo),
    ('a.foo', lambda: a.foo),
]:
    try:
        print(t, "->", f())
    except Exception as e:
        print(t, "->", type(e).__name__, e)
def stmt0():
    global a
    a += [1]
def stmt1():
    global a
    a[0] = "x"
def stmt2():
    global a
    a[50] = 1
def stmt3():
    global a
    del a[50]
def stmt4():
    global a
    a[0:1] = [5]
def stmt5():
    global a
    a[0:1] = array("d", [1])
def stmt6():
    global a
    a[::2] = array("i", [1])
def stmt7():
    global a
    a *= "x"
def stmt8():
    global a
    a["x"] = 1
def stmt9():
    global a
    a[0] = 2**40
for stmt, f in [('a += [1]', stmt0), ('a[0] = "x"', stmt1), ('a[50] = 1', stmt2), ('del a[50]', stmt3), ('a[0:1] = [5]', stmt4), ('a[0:1] = array("d", [1])', stmt5), ('a[::2] = array("i", [1])', stmt6), ('a *= "x"', stmt7), ('a["x"] = 1', stmt8), ('a[0] = 2**40', stmt9)]:
    try:
        f()
        print(stmt, "->", a)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
a *= 2
a += array("i", [0])
print(a)
try:
    array[int]
except TypeError as e:
    print(e)
