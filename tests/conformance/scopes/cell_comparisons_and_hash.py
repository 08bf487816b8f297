# closure cells compare by their contents (an empty cell first) and are unhashable, so a set of cells fails
def pair(a, b):
    def f(): return a
    def g(): return b
    return f.__closure__[0], g.__closure__[0]
c1, c2 = pair(1, 2)
print(c1 == c2, c1 != c2, c1 < c2, c1 <= c2, c1 > c2, c2 >= c1)
c3, c4 = pair([1], [1])
print(c3 == c4, c3 is c4)
try:
    hash(c1)
except TypeError as e:
    print("TypeError:", e)
try:
    {c1}
except TypeError as e:
    print("TypeError:", e)
print(c1.__eq__(5), c1 == 1)
def empty():
    def f(): return x
    e = f.__closure__[0]
    x = 1
    return e
def empty2():
    def f(): return y
    c = f.__closure__[0]
    if 0:
        y = 1
    return c
e1, e2 = empty2(), empty2()
print(e1 == e2, e1 < c1, c1 < e1)
try:
    print(c1 < pair("a", 1)[0])
except TypeError as e:
    print("TypeError:", e)
print(c1.__eq__(c2), c1.__lt__(c2), type(c1).__ge__(c2, c1), c1.__ne__("x"))
f1, f2 = pair([3], [3])
print(f1 == f2, f1 != f2, sorted([c2, c1])[0].cell_contents)
