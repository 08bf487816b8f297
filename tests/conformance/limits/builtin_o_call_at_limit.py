# recursion that calls a METH_O builtin at each level
def f(n):
    x = abs(n)
    return f(n + 1)
f(0)
