# recursion that calls min (METH_VARARGS) at each level
def f(n):
    x = min(n, 5)
    return f(n + 1)
f(0)
