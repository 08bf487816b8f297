# C code that clears an error which left Python frames (PyErr_Clear) frees the exception first, then the traceback the thread state holds, and with it the frames' locals
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  dies:", self.name, gc.get_count())

class Lazy:
    def __getattr__(self, name):
        local = Noisy("__getattr__ local")
        raise AttributeError(name)

class Once:
    def __iter__(self):
        return self
    def __next__(self):
        local = Noisy("__next__ local")
        raise StopIteration

def with_finally():
    local = Noisy("finally local")
    try:
        yield 1
    finally:
        print("  finally", gc.get_count())

def reraising():
    local = Noisy("except local")
    try:
        yield 1
    except GeneratorExit:
        print("  except", gc.get_count())
        raise

def plain():
    local = Noisy("plain local")
    yield 1

def delegating():
    result = yield from Returning()
    print("  delegate got", result, gc.get_count())
    yield result

class Returning:
    def __iter__(self):
        return self
    def __next__(self):
        local = Noisy("returning local")
        raise StopIteration(42)

gc.collect()
print("hasattr", hasattr(Lazy(), "x"), gc.get_count())
gc.collect()
print("list", list(Once()), gc.get_count())
gc.collect()
print("next default", next(Once(), 5), gc.get_count())
for make in (with_finally, reraising, plain):
    gc.collect()
    g = make()
    next(g)
    print(make.__name__, "close", gc.get_count())
    g.close()
    print("closed", gc.get_count())
    del g
gc.collect()
try:
    raise KeyError("handled")
except KeyError:
    g = with_finally()
    next(g)
    g.close()
    print("closed inside except", gc.get_count())
    del g
gc.collect()
print("yield from", next(delegating()), gc.get_count())
print("end", gc.get_count())
