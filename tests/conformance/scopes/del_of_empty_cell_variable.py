# del of a cell or free variable that holds nothing raises UnboundLocalError or NameError, as a load does.
def deleted_twice():
    x = 1
    def g(): return x
    del x
    try:
        del x
    except UnboundLocalError as e:
        print("cell:", e)
deleted_twice()
def free_deleted_twice():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try:
        g()
    except NameError as e:
        print("free:", type(e).__name__, e)
free_deleted_twice()
def before_assignment():
    def g(): return x
    del x
    x = 1
before_assignment()
