# SyntaxError report: a default value for **kwargs
def f(**k=1):
    pass
