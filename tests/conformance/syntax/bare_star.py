# SyntaxError report: a bare * with no keyword-only parameter after it
def f(*):
    pass
