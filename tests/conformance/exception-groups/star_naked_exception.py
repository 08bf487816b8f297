# a naked exception caught by except* is wrapped in ExceptionGroup('', (exc,)); the name is unbound afterwards
try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e), type(e).__name__, e.message == "", e.exceptions[0].args)
    print(e.__traceback__ is None, e.exceptions[0].__traceback__ is not None)
try:
    e
except NameError as err:
    print(err)
try:
    raise KeyError("k")
except* ValueError:
    print("no")
except* KeyError:
    print("key")
