# A generator closed mid-try/finally with a __del__ object in its frame
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("Res", self.n, "freed")
def gen():
    r = Res(1)
    try:
        yield 1
        yield 2
    finally:
        print("finally runs, r is", r.n)
    print("never")
g = gen()
print(next(g))
print("closing")
g.close()
print("closed; frame gone?", g.gi_frame)
def gen2():
    r = Res(2)
    try:
        yield "a"
    finally:
        print("finally 2")
        yield "b"
g2 = gen2()
next(g2)
try:
    g2.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("g2 frame alive:", g2.gi_frame is not None)
del g2
print("end")
