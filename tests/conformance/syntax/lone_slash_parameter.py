# A lone / in a parameter list is invalid syntax; "at least one argument must precede /" needs a comma after it
def f(/):
    pass
