# nonlocal before the assignment binds the enclosing function's variable
def g():
    x = 0
    def f():
        nonlocal x
        x = 1
    f()
    print(x)
g()
