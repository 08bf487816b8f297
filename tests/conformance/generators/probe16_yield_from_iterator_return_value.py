# yield from an iterator that is not a generator: its StopIteration's value is the result, and send() reaches its send method
import gc
import sys

class Countdown:
    def __init__(self, n):
        self.n = n
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done at zero")
        self.n -= 1
        return self.n
    def send(self, value):
        self.log.append(value)
        return self.__next__()

class Payload:
    def __del__(self):
        print("  payload dies", gc.get_count())

class Handing:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(Payload())

def outer(source):
    result = yield from source
    print("  result:", result if not isinstance(result, Payload) else "a Payload")
    return result

gc.collect()
c = Countdown(3)
print(list(outer(c)))
c = Countdown(3)
g = outer(c)
print(next(g), g.send("a"), g.send(None), g.send("b") if False else None)
try:
    g.send("c")
except StopIteration as e:
    print("stopped with", e.value)
print(c.log)
print(list(outer(iter([1, 2]))))
gc.collect()
g = outer(Handing())
try:
    next(g)
except StopIteration as e:
    print("handed", type(e.value).__name__, sys.getrefcount(e.value), gc.get_count())
    del e
print("end", gc.get_count())
g = outer(iter([1, 2]))
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print(e)
