def f(a, b=1, c=None):
    return a
def g(a=[], b={}):
    pass
