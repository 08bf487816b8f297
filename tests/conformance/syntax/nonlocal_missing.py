# SyntaxError report: nonlocal with no enclosing binding
def f():
    nonlocal x
