# SyntaxError report: a name declared global and then nonlocal: reported at the first declaration
def g():
    x = 1
    def f():
        global x
        nonlocal x
