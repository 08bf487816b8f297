# Constant tuples, displays built from them, folded defaults and membership tests share constants
import sys

t = (1000, "x y", 2.5)
print("tuple:", sys.getrefcount(t))
print("its items:", sys.getrefcount(t[0]), sys.getrefcount(t[1]), sys.getrefcount(t[2]))
u = (1000, "x y", 2.5)
print("equal tuple is the same:", u is t, sys.getrefcount(t))
nested = ((5000, 6000), 7000)
print("nested:", sys.getrefcount(nested), sys.getrefcount(nested[0]), sys.getrefcount(nested[0][1]))

# Three or more constants in a display: the compiler builds one tuple and extends from it.
items = [3000, 3001, 3002]
print("list display item:", sys.getrefcount(items[1]))
s = {4000, 4001, 4002}
print("set display:", sys.getsizeof(s), sorted(s))

def defaults(x=8000, y=9000):
    return x

print("defaults tuple:", sys.getrefcount(defaults.__defaults__))
print("default value:", sys.getrefcount(defaults()))
def more(x=8000, y=9000):
    return y
print("shared defaults:", more.__defaults__ is defaults.__defaults__, sys.getrefcount(defaults.__defaults__))

for v in [1000, 5000]:
    print("for over a list display:", sys.getrefcount(v))
print("in a set display:", 1000 in {1000, 1234}, 77 in [1000, 77])

d = {"k one": 1, "k two": 2}
print("dict display key:", sys.getrefcount(list(d)[0]))
e = {"k one": 10, "other": 20, **d}
print("dict with **:", sys.getsizeof(e), e)
