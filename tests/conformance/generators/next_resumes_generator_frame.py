# next(gen) and next(gen, default): what the generator yields, returns and raises, and what holds it meanwhile
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def steps():
    print("refs to gen while it runs:", sys.getrefcount(gen))
    received = yield [1]
    print("received", received)
    yield Noisy("yielded")
    return Noisy("returned")


gen = steps()
first = next(gen)
print(first, sys.getrefcount(first))
item = next(gen)
print("got", item.name)
del item
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration value:", stop.value.name, stop.args[0] is stop.value)
    del stop
print("exhausted:", next(gen, "default"), gen.gi_frame)


def returns_object():
    return Noisy("cleared by default")
    yield


print(next(returns_object(), "fallback"))


def raises_stop():
    raise StopIteration("inside")
    yield


for call in (lambda: next(raises_stop()), lambda: next(raises_stop(), "never")):
    try:
        call()
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)


def asks_itself():
    yield next(me)


me = asks_itself()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e, me.gi_running)


def handles():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


h = handles()
print(next(h))
try:
    raise IndexError
except IndexError:
    print(next(h), sys.exc_info()[0].__name__)


def fails():
    yield 1
    yield {}["missing"]


f = fails()
next(f)
next(f, None)
