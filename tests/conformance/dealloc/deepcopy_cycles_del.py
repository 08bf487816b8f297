# deepcopy of cycles and __del__ of copies
import copy, gc
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        print("del", self.name)
a = N("a"); b = N("b")
a.next = b; b.next = a
c = copy.deepcopy(a)
print(c.next.next is c, c.name, c.next.name)
c.name = "c"; c.next.name = "d"
del c
print("after del c")
print(gc.collect())
del a, b
print(gc.collect())
l = [1]
l.append(l)
m = copy.deepcopy(l)
print(m[1] is m, m is not l)
d = {}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e)
print("end")
