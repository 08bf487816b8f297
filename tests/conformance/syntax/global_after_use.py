# SyntaxError report: global after the name was assigned in the function: carets under the global statement
def f():
    x = 1
    global x
