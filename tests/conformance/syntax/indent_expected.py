# SyntaxError report: a def body that is not indented: IndentationError, caret at the start of the line
def f():
return 1
