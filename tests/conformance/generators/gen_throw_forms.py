# generator.throw(type), throw(type, value), throw(type, value, tb) and throw(instance): which exception arrives, and its traceback
import sys

def catcher():
    while True:
        try:
            yield
        except Exception as e:
            tb = e.__traceback__
            depth = 0
            while tb is not None:
                depth += 1
                tb = tb.tb_next
            print("caught", type(e).__name__, e.args, "traceback entries:", depth)

g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError, "msg")
g.throw(ValueError, ("a", 1))
v = KeyError("k")
g.throw(KeyError, v)
print(sys.getrefcount(v))
g.throw(LookupError, v)
g.throw(v)
try:
    raise TypeError("earlier")
except TypeError as e:
    saved = e
g.throw(saved)
g.throw(TypeError, saved)
g.throw(TypeError, saved, saved.__traceback__)
g.throw(type(saved), saved, None)
for bad in [(1,), (ValueError("x"), "extra"), (ValueError, 1, 2)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
g.close()
