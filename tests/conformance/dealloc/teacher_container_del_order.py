# __del__ order when containers die
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
l = [D(1), D(2), D(3)]
del l
print("--")
t = (D(4), D(5))
del t
print("--")
d = {"a": D(6), "b": D(7)}
del d
print("--")
s = {D(8)}
del s
print("--")
class Holder:
    def __init__(self):
        self.x = D(9); self.y = D(10)
h = Holder()
del h
print("--")
def f():
    a = D(11); b = D(12)
    return 0
f()
print("--")
l = [D(13), D(14), D(15)]
l.clear()
print("--")
l = [D(16), D(17), D(18)]
l[:] = [D(19)]
print("--")
l = None
print("end")
