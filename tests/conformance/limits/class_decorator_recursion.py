# class-based decorator with __call__
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, n):
        self.calls += 1
        return self.fn(n)
@Counter
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(f.calls, e)
