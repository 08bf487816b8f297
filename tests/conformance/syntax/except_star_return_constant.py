# return of a constant in an except* clause: the caret is under the value
def f():
    try:
        pass
    except* TypeError:
        return 1
