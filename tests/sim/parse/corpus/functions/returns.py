def a():
    return
def b():
    return 1
def c():
    return 1, 2
def d():
    return *x, y
