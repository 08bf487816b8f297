# comprehension scopes: class bodies, nested comprehensions, walrus, shadowing, refcounts of temporaries
import sys, gc

class Config:
    factor = 3
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        bad = [v * factor for v in values]
    except NameError as e:
        err = str(e)
    pairs = [(a, b) for a in range(2) for b in range(a, 3)]
print(Config.scaled, Config.err, Config.pairs)

x = "outer"
res = [x for x in "ab"]
print(res, x)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print([n for row in matrix for n in row if n % 2])
flat = {n: [m for m in range(n)] for n in range(4)}
print(flat)
total = 0
print([total := total + n for n in range(5)], total)
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sorted({c.upper() for c in "banana"}))
gen = (n * n for n in range(4))
print(type(gen).__name__, sum(gen), list(gen))
lazy = (a + b for a in range(3) for b in [10, 20])
print(next(lazy), next(lazy), list(lazy))
def closures():
    return [lambda: n for n in range(3)]
print([f() for f in closures()])
items = [object() for _ in range(3)]
print([sys.getrefcount(o) for o in items])
print(sys.getrefcount(items[0]))
big = [i for i in range(100)]
print(sys.getsizeof(big), sys.getsizeof(list(range(100))), sys.getsizeof([*range(100)]))
print(sys.getsizeof({i: i for i in range(10)}), sys.getsizeof({i for i in range(10)}))
gc.collect()
a = gc.get_count()
tmp = [[i] for i in range(5)]
b = gc.get_count()
print(b[0] - a[0])
del tmp
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print(e)
print([y for y in range(3) if y] or "empty")
