# __del__ order for containers, frames, module globals at exit, resurrection
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def scope():
    a = D("a")
    b = D("b")
    c = [D("c1"), D("c2")]
    return None
scope()
print("--")
x = {"k1": D("d1"), "k2": D("d2")}
x = None
print("--")
t = (D("t1"), D("t2"), D("t3"))
del t
print("--")
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)
p = Phoenix()
del p
print(len(saved), sys.getrefcount(saved[0]))
saved.clear()
print("after clear")
l = [D(i) for i in range(3)]
l[1] = None
print("--")
l.reverse()
del l
print("--")
s = {D("s")}
s.clear()
ga = D("global_a")
gb = D("global_b")
print("end")
