# return of an expression in an except* clause: the caret spans the statement
def f(x):
    try:
        pass
    except* TypeError:
        return x + 1
