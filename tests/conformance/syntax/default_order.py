# SyntaxError report: a parameter without default after one with a default
def f(a=1, b):
    pass
