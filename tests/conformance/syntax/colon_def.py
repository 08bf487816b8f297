# SyntaxError report: a missing ':' after a def header
def f()
    pass
