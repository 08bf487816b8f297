# SyntaxError report: a repeated parameter with an annotation: carets under the parameter and annotation
def f(a, a: int):
    pass
