# str and repr of built-in exceptions with zero, one and several arguments.
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(1, 2, 3)]:
    print(repr(str(exc)), repr(exc), exc.args)
