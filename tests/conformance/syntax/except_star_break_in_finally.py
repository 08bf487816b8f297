# break in a finally inside an except* clause still leaves the clause
def f(x):
    while x:
        try:
            pass
        except* TypeError:
            try:
                pass
            finally:
                break
