# SyntaxError report: invalid syntax on an indented line: the carets shift with the stripped indentation
def f():
    x = (1 2)
