# yield from delegation: send/throw/close pass through, return value, StopIteration inside generator
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        return x, y
    except KeyError as e:
        print("inner caught", repr(e))
        return "recovered"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g), g.send("a"), g.send("b"))
g = outer(); next(g)
print(g.throw(KeyError("k")))
g = outer(); next(g)
g.close()
print("closed", g.gi_frame)
def bad():
    yield 1
    raise StopIteration("boom")
def wrap():
    yield from bad()
try:
    list(wrap())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def delegate_list():
    r = yield from [1, 2]
    print("list returned", r)
print(list(delegate_list()))
def depth():
    yield from depth2()
def depth2():
    yield 1
    1 / 0
list(depth())
