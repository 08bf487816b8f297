# for loops over class-based iterators run __next__ as frames: counts, StopIteration, errors, break, else
import sys
sys.setrecursionlimit(300)  # a lower limit keeps these probes short
import sys, gc
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        print("next", sys.getrefcount(self), sys.getrefcount(Countdown.__next__))
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return [self.n]
for item in Countdown(2):
    print(item, sys.getrefcount(item))
else:
    print("else")
for item in Countdown(3):
    if item == [1]:
        break
print("broke", item)
class Stop(StopIteration):
    pass
class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        raise Stop("sub")
for x in Sub():
    pass
print("sub ended")
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("bad")
try:
    for x in Bad():
        pass
except KeyError as e:
    print("caught", e)
class Res:
    def __del__(self):
        print("res freed")
class Holder:
    def __iter__(self):
        return self
    def __next__(self):
        r = Res()
        raise StopIteration(r)
for x in Holder():
    pass
print("after holder")
print([x for x in Countdown(2)])
print(sum(x[0] for x in Countdown(3)))
def gen():
    for v in Countdown(1):
        yield v
print(list(gen()))
class Tree:
    def __init__(self, n):
        self.n = n
        self.kid = Tree(n - 1) if n else None
    def __iter__(self):
        return TreeIter(self)
class TreeIter:
    def __init__(self, t):
        self.t = t
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        total = self.t.n
        if self.t.kid:
            for v in self.t.kid:
                total += v
        return total
for depth in (10, 148, 149):
    try:
        print(depth, list(Tree(depth)))
    except RecursionError as e:
        print(depth, "RecursionError", e)
print(gc.collect())
