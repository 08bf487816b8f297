# SyntaxError report: a parameter declared global (symtable) is told before a break outside a loop on an earlier line (compiler)
break
def f(a):
    global a
