# a call's keyword argument named True is an assignment to True: "cannot assign to True"
def f(**kwargs):
    return kwargs
f(True=1)
