# generators: send/throw/close lifecycle, gi_frame, yield from return value, generator expressions holding iterables
import sys, gc
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return avg
        total += x
        count += 1
        avg = total / count
def grouper(results, key):
    results[key] = yield from averager()
results = {}
g = grouper(results, "a")
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration:
    pass
print(results)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
    yield 3
t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))
try:
    t.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
print(t.gi_frame)
def counter():
    i = 0
    while True:
        i += 1
        yield i
c = counter()
print([next(c) for _ in range(3)], c.gi_frame.f_locals)
c.close()
print(c.gi_frame, next(c, "done"))
lst = [1, 2, 3]
ge = (x * 2 for x in lst)
print(sys.getrefcount(lst) - 1)
lst.append(4)
print(list(ge))
ge2 = (x for x in lst)
del lst
print(list(ge2))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def reenter():
    yield next(g3)
g3 = reenter()
try:
    next(g3)
except ValueError as e:
    print(e)
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print(e.value, e.args)
