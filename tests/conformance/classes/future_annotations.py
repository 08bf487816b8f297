"""Docstring first: a future statement may follow it."""
from __future__ import annotations, generator_stop
# Postponed annotations: stored as text written back from the syntax tree, never evaluated.
import sys, gc
def f(x: list[int], y: int | None = None, *args: str, z: "Foo" = 1, **kw: dict[str, tuple[int, ...]]) -> tuple[()]:
    pass
print(f.__annotations__)
def g(a: Undefined.attr[1:2, ::3], b: -1 + 2 * 3 ** -x, c: (a or b) and not c, d: x if y else z, e: f(1, *a, k=2, **m)) -> {1: 2, **d}:
    pass
print(g.__annotations__)
def h(a: (1, 2), b: [int, str], c: {int}, d: 1 < x <= 2 is not None, f: lambda: 0, g: u"text", h: 1e400, i: 1 .real, j: (-1) ** 2, k: 2 ** (-1), l: (a, *b)):
    pass
print(h.__annotations__)
x: Undefined[1, 2] = 5
y: a.b.c
print(__annotations__, x)
class C:
    a: int
    b: Callable[[int, str], None] = None
    c: -1 + 2 * 3
print(C.__annotations__, C.b)
print(annotations, generator_stop)
gc.collect()
before = gc.get_count()[0]
def k(p: list[int]) -> None: ...
after = gc.get_count()[0]
print(after - before, sys.getrefcount(f.__annotations__["x"]), sys.getrefcount(k.__annotations__))
