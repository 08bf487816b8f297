# a runaway recursion through f(*args): each call is a frame of its own, as in python3
def f(n):
    return f(*[n + 1])
f(0)
