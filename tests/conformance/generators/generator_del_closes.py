# A generator's __del__ slot wrapper is its tp_finalize: it closes a suspended generator, an error reported as unraisable.
def g():
    try:
        yield 1
    finally:
        print("closing")
it = g()
print(hasattr(it, "__del__"), type(it).__del__)
it.__del__()
next(it)
it.__del__()
print(it.gi_frame, it.gi_suspended)
print(it.__del__())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
s.__del__()
print("after the unraisable error", s.gi_suspended)
