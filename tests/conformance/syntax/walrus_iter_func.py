# SyntaxError report: a walrus in a comprehension's iterable inside a function
def f():
    x = 1
    [x for x in (y := [1])]
