# %-formatting (str and bytes) of instances with __index__, __int__ or __float__: the numeric conversions use them
class I:
    def __index__(self):
        return 65
class T:
    def __int__(self):
        return 7
class F:
    def __float__(self):
        return 2.5
class P:
    pass
for obj in (I(), T(), F(), P()):
    for t in ("%d", "%x", "%o", "%f", "%e", "%c", "%i"):
        try:
            print(t, repr(t % obj))
        except Exception as e:
            print(t, type(e).__name__, e)
        try:
            print(t, repr(t.encode() % obj))
        except Exception as e:
            print(t, type(e).__name__, e)
class BadI:
    def __int__(self):
        return "x"
try:
    "%d" % BadI()
except TypeError as e:
    print(e)
