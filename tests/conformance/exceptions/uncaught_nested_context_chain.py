# An uncaught error from the third nested handler prints the whole context chain, carets and all
try:
    {}['a']
except KeyError:
    try:
        [][0]
    except IndexError:
        None.x
