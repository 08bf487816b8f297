# SyntaxError report: an unclosed '[' inside a function, followed by more lines
def f():
    x = [1,
         2
    y = 3
