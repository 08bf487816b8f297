# SyntaxError report: global after the name was read in the function
def f():
    print(x)
    global x
