# SyntaxError report: nonlocal in a class body inside a function, with no binding
def f():
    class A:
        nonlocal y
