# SyntaxError report: a walrus rebinding a comprehension's iteration variable
def f():
    [(i := 0) for i in range(3)]
