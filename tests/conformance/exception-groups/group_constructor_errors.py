# BaseExceptionGroup's constructor checks, and the class it picks from what it holds
for args in [(), ("a",), (1, [ValueError()]), ("a", 5), ("a", {1: ValueError()}), ("a", set()), ("a", []), ("a", [1]), ("a", [ValueError(), 2]), ("a", [ValueError()], 3)]:
    try:
        print(repr(BaseExceptionGroup(*args)))
    except Exception as e:
        print(type(e).__name__, e)
for cls, inner in [(ExceptionGroup, KeyboardInterrupt()), (BaseExceptionGroup, KeyboardInterrupt()), (BaseExceptionGroup, ValueError())]:
    try:
        g = cls("m", [inner])
        print(type(g).__name__, str(g))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("a", [ValueError()], x=1)
except TypeError as e:
    print(e)
