# exceptions ignored in __del__ and in a generator finally: with source lines while running, without them once shutdown freed __main__
class Res:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("closing", self.n)
        raise RuntimeError(f"close failed {self.n}")
def work():
    r = Res(1)
    raise KeyError("work failed")
try:
    work()
except KeyError as e:
    print("caught", e)
def gen():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
g = gen()
next(g)
del g
print("after gen")
def gen2():
    try:
        yield 1
    finally:
        print("finally of gen2 at exit")
h = gen2()
next(h)
r2 = Res(2)
print("end")
class Cyc:
    def __del__(self):
        raise KeyError("cycle at exit")
c = Cyc(); c.me = c
lost = Cyc(); lost.me = lost
del lost
