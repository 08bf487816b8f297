# An except clause checks every item of its tuple before it tries any (check_except_type_valid): a non-class after the matching one, or a tuple nested inside, is a TypeError, raised while the first exception is handled.
import sys
for spec in ((KeyError, 5), (ValueError, (KeyError,)), (KeyError, ValueError), ()):
    try:
        try:
            raise KeyError("k")
        except spec:
            print("caught by", spec)
    except TypeError as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))
    except KeyError as e:
        print("not caught by", spec, repr(e))
class E(Exception): pass
def f():
    try:
        raise E
    except (E, "nope"):
        return "caught"
try:
    f()
except TypeError as e:
    print(e, sys.getrefcount(e))
