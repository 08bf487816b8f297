# SyntaxError report: a def header at the end of the file with no body: no caret line
def f():
