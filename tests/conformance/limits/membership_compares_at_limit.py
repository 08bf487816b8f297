# membership tests at the recursion limit: each comparison of two different objects checks the depth
import sys
sys.setrecursionlimit(150)
def probe(test):
    depth = 0
    def f():
        nonlocal depth
        depth += 1
        if test():
            return f()
    try:
        f()
    except RecursionError as e:
        return depth, str(e)
K = "b"
x = [1, 2, 3]
print(probe(lambda: K in ("a", "b")))
print(probe(lambda: K in ["a", "b"]))
print(probe(lambda: K in ("b", "a")))
print(probe(lambda: 3 in x))
print(probe(lambda: x.index(2) == 1))
print(probe(lambda: x.count(3) == 1))
print(probe(lambda: ("a", "b").index("b") == 1))
print(probe(lambda: "b" in {"a": 1, "b": 2}.values()))
print(probe(lambda: K in iter(["a", "b"])))
def fib(n):
    if n in (0, 1):
        return n
    return fib(n - 1) + fib(n - 2)
fib(-1)
