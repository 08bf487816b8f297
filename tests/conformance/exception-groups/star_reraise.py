# a bare raise in an except* clause re-raises that part with the original's nesting and metadata
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [ValueError(2), TypeError(3)])])
    except* ValueError:
        print("handling")
        raise
    except* TypeError:
        print("type, swallowed")
try:
    f()
except ExceptionGroup as g:
    print(repr(g))
    print(g.exceptions[1].message)
