# a clause raising while the rest is unhandled: the printed group shows both with context
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        raise RuntimeError("new")
    except* TypeError:
        pass
f()
