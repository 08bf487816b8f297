# Exceptions collected from a loop keep the raising frames (and their resources) alive until popped; from None still records __context__
import sys, gc
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def work(n):
    r = Res(n)
    if n % 2:
        raise ValueError(n)
    return n
results = []
for n in range(4):
    try:
        results.append(work(n))
    except ValueError as e:
        results.append(e)
        print('handled', n, sys.getrefcount(e))
    print('iter end', n)
print([type(x).__name__ for x in results])
while results:
    item = results.pop(0)
    print('popped', item)
    del item
print('all popped')
def retry():
    last = None
    for attempt in range(3):
        try:
            r = Res(10 + attempt)
            raise KeyError(attempt)
        except KeyError as e:
            last = e
    return last
ex = retry()
print('retry returned', ex)
ex.__traceback__ = None
print('tb cleared')
ex = None
print(gc.collect())
try:
    try:
        work(1)
    except ValueError:
        raise RuntimeError('wrapped') from None
except RuntimeError as outer:
    print(outer.__context__ is not None, outer.__suppress_context__, outer.__cause__)
    keep = outer
print('outside')
del keep
print('keep gone')
print(gc.collect())
