# SyntaxError report: a def header whose next line is dedented: no caret
if 1:
    def f():
y = 1
