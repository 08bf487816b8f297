# an instance __dict__ (split table) through pop, setdefault, del, update, |=, popitem, clear and copy: sizes and order
import sys
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
def fresh():
    p = P()
    return p, vars(p)
p, d = fresh()
print(sys.getsizeof(d))
d.pop("b")
print("pop", sys.getsizeof(d), list(d))
d.setdefault("b", 5)
print("setdefault old key", sys.getsizeof(d), list(d))
d.setdefault("z", 6)
print("setdefault new key", sys.getsizeof(d), list(d))
p, d = fresh()
del d["a"]
d["a"] = 9
print("del and re-add", sys.getsizeof(d), list(d))
p, d = fresh()
d.update(c=7, q=8)
print("update", sys.getsizeof(d), list(d))
p, d = fresh()
d |= {"a": 0}
print("|= existing", sys.getsizeof(d), list(d))
d |= {"new": 0}
print("|= new", sys.getsizeof(d), list(d))
p, d = fresh()
print("popitem", d.popitem(), sys.getsizeof(d))
p, d = fresh()
d.clear()
print("clear", sys.getsizeof(d))
p.x = 1
print("after clear add", sys.getsizeof(d), list(d))
p, d = fresh()
e = d.copy()
print("copy", sys.getsizeof(e))
e["zz"] = 1
print("copy add", sys.getsizeof(e))
p, d = fresh()
print("fromkeys of split", sys.getsizeof(dict.fromkeys(d)), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
p, d = fresh()
for k in list(d):
    del d[k]
print("emptied", sys.getsizeof(d))
p.c = 1
print("re-add", sys.getsizeof(d), list(d))
q = P()
print("new instance", sys.getsizeof(vars(q)))
