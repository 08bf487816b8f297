# SyntaxError report: the symtable's visit reaches a parameter declared global before a later duplicate argument
def f(a):
    global a
def g(b, b): pass
