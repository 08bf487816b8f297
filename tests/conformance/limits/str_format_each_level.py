# a runaway recursion that calls "{}".format(n) at each level: str.format counts its own level, not PyObject_Str's
def f(n):
    s = "{}".format(n)
    return f(n + 1)
f(0)
