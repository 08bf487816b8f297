# gc.get_count() change of generator operations: create, next, send, throw, close, exhaustion, yield from
import gc
def gen():
    x = yield 1
    yield x
def catching():
    try:
        yield 1
    except ValueError:
        yield "caught"
def outer():
    yield from gen()
def ret():
    yield 1
    return [1]
def measure(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)
measure("create", lambda: gen())
g1 = gen()
measure("next", lambda: next(g1))
measure("send", lambda: g1.send(5))
measure("exhaust", lambda: next(g1, None))
g2 = gen()
next(g2)
measure("close started", lambda: g2.close())
g3 = gen()
measure("close fresh", lambda: g3.close())
g4 = catching()
next(g4)
measure("throw caught", lambda: g4.throw(ValueError))
g5 = catching()
next(g5)
def throw_uncaught():
    try:
        g5.throw(KeyError("k"))
    except KeyError:
        pass
measure("throw uncaught", throw_uncaught)
measure("yield from", lambda: list(outer()))
measure("return value", lambda: list(ret()))
def stop_value():
    g = ret()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        return e.value
measure("StopIteration value", stop_value)
measure("genexp sum", lambda: sum(x for x in range(3)))
measure("genexp list", lambda: list(x for x in "ab"))
measure("genexp drop", lambda: (x for x in ()))
measure("iter gen", lambda: iter(gen()))
