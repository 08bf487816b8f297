# split and subgroup by type, tuple and function; a full match returns the group itself
g = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = g.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(g.subgroup((TypeError, KeyError))))
print(g.subgroup(lambda e: True) is g, g.split(Exception)[0] is g, g.split(Exception)[1])
print(g.subgroup(ZeroDivisionError), g.split(ZeroDivisionError)[1] is g)
print(repr(g.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
for bad in [5, (ValueError, 5), [ValueError], "ValueError"]:
    try:
        g.split(bad)
    except TypeError as e:
        print(e)
try:
    g.subgroup()
except TypeError as e:
    print(e)
