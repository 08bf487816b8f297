# SyntaxError report: nonlocal naming a parameter
def f(x):
    nonlocal x
