# A %-format's width is a Py_ssize_t and its precision a C int: past them a * argument is OverflowError, digits ValueError.
for fmt, args in [("%*d", (2**70, 5)), ("%.*f", (10**10, 1.5)), ("%.*d", (2**40, 1)), ("%*d", (-2**70, 5)), ("%99999999999999999999d", (1,)), ("%.99999999999f", (1.0,)), ("%*d", (-3, 5)), ("%.*f", (2, 1.2345)), ("%.*s", (-1, "abc"))]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(repr(fmt.encode() % tuple(a.encode() if isinstance(a, str) else a for a in args)))
    except Exception as e:
        print(type(e).__name__, e)
