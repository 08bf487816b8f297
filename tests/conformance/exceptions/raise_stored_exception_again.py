# `raise e` with an exception that already has a traceback adds the new frame's entry in front (even in the same frame); a bare `raise` does not; a context with no traceback prints without a "Traceback" header
def fail():
    raise ValueError("inner")

def again():
    try:
        fail()
    except ValueError as e:
        raise e

def bare():
    try:
        fail()
    except ValueError:
        raise

for f in (again, bare):
    try:
        f()
    except ValueError as e:
        depth = 0
        tb = e.__traceback__
        while tb:
            depth += 1
            tb = tb.tb_next
        print(f.__name__, depth)

saved = None
try:
    fail()
except ValueError as e:
    saved = e
context = KeyError("no traceback")
saved.__context__ = context
saved.__suppress_context__ = False
print("raising the stored one")
raise saved
