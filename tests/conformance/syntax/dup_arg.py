# SyntaxError report: a parameter name used twice
def f(a, a):
    pass
