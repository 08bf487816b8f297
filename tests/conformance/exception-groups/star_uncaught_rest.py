# the unmatched rest of a group leaves the function and prints as a boxed group traceback
def g():
    raise ExceptionGroup("problems", [ValueError("bad value"), TypeError("bad type")])
def f():
    try:
        g()
    except* ValueError:
        print("value handled")
f()
