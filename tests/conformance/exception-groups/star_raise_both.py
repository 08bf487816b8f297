# two clauses each raise: both new exceptions and the rest end up in one group
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise IndexError("i")
    except* TypeError:
        raise NameError("n")
except ExceptionGroup as g:
    print(repr(g))
    for x in g.exceptions:
        print(" ", repr(x), repr(x.__context__))
