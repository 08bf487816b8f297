# SyntaxError report: two / in a parameter list
def f(a, /, b, /):
    pass
