# a function and a lambda defined in an except* clause may return: only the clause itself may not
def f():
    try:
        pass
    except* TypeError:
        def g():
            return 1
        lambda: 2
    return 3
print(f())
