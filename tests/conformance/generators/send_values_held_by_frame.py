# a coroutine-style generator with send(): the sent objects' refcounts while it holds them
import sys
def averager():
    total = 0
    count = 0
    last = None
    while True:
        value = yield (total / count if count else None)
        last = value
        total += value[0]
        count += 1
g = averager()
next(g)
a = [10]
print(sys.getrefcount(a))
print(g.send(a))
print(sys.getrefcount(a))
b = [20]
print(g.send(b), sys.getrefcount(a), sys.getrefcount(b))
print(sorted(g.gi_frame.f_locals))
g.close()
print(sys.getrefcount(b), g.gi_frame)
