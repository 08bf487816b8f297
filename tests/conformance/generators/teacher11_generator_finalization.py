# generators finalized when closed, exhausted or dropped: finally blocks, __del__ of locals, gc counts
import gc, sys
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
def gen(tag):
    held = T(tag)
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
g = gen("closed")
print(next(g))
g.close()
print("closed; state", g.gi_frame)
g = gen("dropped")
print(next(g))
g = None
print("dropped")
g = gen("exhausted")
print(list(g))
print("after list")
g = None
g = gen("never started")
g = None
print("never started dropped")
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
g = catcher()
next(g)
del g
print("--")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
del g
print("-- cycle")
def selfref():
    me = yield
    yield me
g = selfref()
next(g)
g.send(g)
del g
gc.collect()
print(gc.collect())
def counter():
    n = 0
    while True:
        n += 1
        yield T(f"item{n}")
c = counter()
x = next(c)
x = next(c)
print("holding", x.name)
del c
print("dropped counter")
del x
print("-- generator expression")
ge = (T(f"ge{i}") for i in range(3))
first = next(ge)
del ge
print("ge dropped", first.name)
del first
print("end")
