# generators: send before start, throw into suspended/unstarted, close with finally, return values
def acc():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    finally:
        print("cleanup", total)
g = acc()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g), g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)
g2 = acc()
try:
    g2.throw(ValueError("early"))
except ValueError as e:
    print("ValueError:", e)
g3 = acc(); next(g3)
try:
    g3.throw(KeyError, "k")
except KeyError as e:
    print("KeyError:", e)
g4 = acc(); next(g4)
print(g4.close(), g4.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g5 = stubborn(); next(g5)
try:
    g5.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
g6 = catcher(); next(g6)
print(g6.throw(ValueError("v1")))
print(g6.throw(ValueError, ValueError("v2")))
def running():
    yield g7.send(None)
g7 = running()
try:
    next(g7)
except ValueError as e:
    print("ValueError:", e)
g6.close()
