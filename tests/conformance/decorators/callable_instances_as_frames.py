# instances with __call__ run it as a frame: a call-counting decorator, counts, errors, defaults, keywords
import sys
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)
@CountCalls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls)
@CountCalls
def total(xs):
    return 0 if not xs else xs[0] + total(xs[1:])
print(total(list(range(300))), total.calls)
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)
class F:
    def __call__(self, a, b=10):
        print("call", sys.getrefcount(self), sys.getrefcount(a) if isinstance(a, D) else "-", b)
        if a is None:
            raise ValueError("none")
        return a
f = F()
for i in range(10):
    f(D("x%d" % i))
print(F()(D("temp"), 5).tag)
try:
    f(None)
except ValueError as e:
    print("ValueError", e)
try:
    f()
except TypeError as e:
    print("TypeError", e)
print(f(D("kw"), b=3).tag)
class Deep:
    def __call__(self, n):
        return self(n + 1)
try:
    Deep()(0)
except RecursionError as e:
    print("RecursionError", e)
