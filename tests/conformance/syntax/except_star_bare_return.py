# a bare return in an except* clause is a SyntaxError
def f(x):
    try:
        pass
    except* TypeError:
        return
