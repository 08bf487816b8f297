# generator pipeline: send/throw/close, yield from, finalization when the consumer stops early
import gc, sys

def source(n):
    try:
        for i in range(n):
            print("  source yields", i)
            yield i
    finally:
        print("  source finally")

def square(it):
    try:
        for x in it:
            yield x * x
    except GeneratorExit:
        print("  square got GeneratorExit")
        raise
    finally:
        print("  square finally")

def running_avg():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  reset because", e)
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count

def delegate():
    result = yield from running_avg()
    return result

pipe = square(source(10))
for v in pipe:
    print("got", v)
    if v > 3:
        break
print("refs pipe", sys.getrefcount(pipe), pipe.gi_frame is not None)
del pipe
print("pipe gone")

avg = running_avg()
print(next(avg))
for v in [10, 20, 30]:
    print("avg", avg.send(v))
print("throw ->", avg.throw(ValueError("oops")))
print("avg", avg.send(5))
avg.close()
print("closed", avg.gi_frame)
try:
    avg.send(1)
except StopIteration:
    print("StopIteration after close")

d = delegate()
next(d)
print(d.send(4), d.send(8))
print("yieldfrom is", type(d.gi_yieldfrom).__name__)
d.close()

def early():
    yield 1
    yield 2
g = early()
next(g)
g2 = g
del g
print("refs", sys.getrefcount(g2))
gc.collect()
print(list(g2), list(g2))
