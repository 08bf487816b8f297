# a runaway recursion through a functools.wraps decorator whose wrapper calls fn(*args, **kwargs)
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def f(n):
    return f(n + 1)
f(0)
