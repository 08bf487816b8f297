# SyntaxError report: a nested def without a body, before a line at the same indentation
def f():
    def g():
    x = 1
