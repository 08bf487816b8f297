# SyntaxError report: global naming a parameter
def f(x):
    global x
