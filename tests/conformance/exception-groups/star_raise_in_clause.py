# raising in an except* clause: the new exception and the unhandled rest are combined in ExceptionGroup('', ...)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from clause")
try:
    f()
except ExceptionGroup as g:
    print(repr(g))
    print(repr(g.exceptions[0]), repr(g.exceptions[0].__context__))
    print(repr(g.exceptions[1]))
    print(g.exceptions[1].__traceback__ is not None)
