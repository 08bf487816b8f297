# No carets when the failing expression is the whole line
def fail():
    raise ValueError("nope")


fail()
