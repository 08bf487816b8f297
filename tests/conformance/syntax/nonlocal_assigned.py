# SyntaxError report: nonlocal after the name was assigned in the function
def g():
    x = 0
    def f():
        x = 1
        nonlocal x
