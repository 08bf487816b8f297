# yield from runs each delegate as a frame of the loop: sends, returns, errors, throw/close and the recursion limit through a chain
import sys, gc
class O:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def leaf():
    got = yield "leaf-1"
    print("leaf got", got.n if isinstance(got, O) else got, sys.getrefcount(got) if isinstance(got, O) else "")
    got = yield "leaf-2"
    return "leaf-done"
def middle():
    r = yield from leaf()
    print("middle got", r)
    return r + "+middle"
def top():
    r = yield from middle()
    print("top got", r)
    yield "top-end"
g = top()
print(next(g))
print(g.send(O(1)))
print(g.send(None))
print(list(g))
def raiser():
    yield 1
    raise ValueError("deep")
def wrap(n):
    if n == 0:
        return (yield from raiser())
    return (yield from wrap(n - 1))
w = wrap(5)
print(next(w))
try:
    w.send(O(2))
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)
print("after ValueError")
def stopper():
    yield 1
    raise StopIteration("x")
def outer_stop():
    yield from stopper()
s = outer_stop()
next(s)
try:
    next(s)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def catcher():
    try:
        yield 1
    except KeyError as e:
        print("catcher caught", e)
        yield 2
    finally:
        print("catcher finally")
def thrower():
    yield from catcher()
t = thrower()
next(t)
print(t.throw(KeyError("k")))
t.close()
print(t.gi_yieldfrom, t.gi_running)
def chain(n):
    if n == 0:
        yield sys.getrecursionlimit()
        return
    yield from chain(n - 1)
print(list(chain(900)))
try:
    list(chain(1100))
except RecursionError as e:
    print("RecursionError", e)
def selfsend():
    yield from me
me = selfsend()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def ident():
    x = yield
    while True:
        x = yield x
def relay():
    yield from ident()
r = relay()
next(r)
print([r.send(i) for i in range(5)])
def inspect_delegate():
    inner = leaf()
    outer = (yield from inner)
d = inspect_delegate()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.gi_running, d.gi_running)
gc.collect()
print("end")
