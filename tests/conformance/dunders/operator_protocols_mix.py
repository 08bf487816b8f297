# Operator dunders together: item access with tuples, reflected *, NotImplemented, ordering, __call__, iteration, with, cooperative super().
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __iter__(self):
        for r in self.rows:
            yield from r
    def __repr__(self):
        return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m, m[1, 0], 2 * m, m * 0.5, list(m), m == Matrix([[1, 5], [3, 4]]), m != m)
try:
    m * "x"
except TypeError as e:
    print(e)
class Temp:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"T{self.c}"
print(sorted([Temp(3), Temp(1), Temp(2)]), max(Temp(1), Temp(5)), min([Temp(4), Temp(2)]))
class Counter:
    def __init__(self): self.n = 0
    def __call__(self, *a): self.n += 1; return self.n
c = Counter(); c(); c(1, 2)
print(c.n, callable(c))
class Chain:
    def __init__(self, *its): self.its = its
    def __iter__(self):
        for it in self.its:
            for x in it:
                yield x
print(list(Chain([1], (2, 3), "ab")), sum(Chain(range(3), [10])))
class Box:
    def __init__(self, v): self.v = v
    def __enter__(self): return self.v
    def __exit__(self, *exc): print("exit", exc[0]); return False
try:
    with Box(3) as v:
        print(v / 0)
except ZeroDivisionError:
    print("propagated")
class Base:
    def hello(self): return "base"
class Mixin:
    def hello(self): return "mixin+" + super().hello()
class Child(Mixin, Base):
    def hello(self): return "child+" + super().hello()
print(Child().hello(), [c.__name__ for c in Child.__mro__])
print(type(Child()).__name__, Child.__bases__[0].__name__, issubclass(Child, Base), isinstance(Child(), Mixin))
class V:
    def __init__(self, x): self.x = x
    def __hash__(self): return hash(self.x)
    def __eq__(self, o): return self.x == o.x
print(len({V(1), V(1), V(2)}), V(1) in {V(1)}, {V(3): "a"}[V(3)])
