# A dict's keys table becomes general (24-byte entries) when it takes a non-str key, resizing first, and stays general until clear().
import sys
def show(label, d): print(label, sys.getsizeof(d))
d = {1: "a"}; show("int key", d); del d[1]; show("emptied", d); d["s"] = 1; show("then str", d)
d = {"s": 1}; show("str key", d); d[2] = 0; show("plus int", d)
d = {str(i): i for i in range(10)}; show("10 str", d)
for i in range(8): del d[str(i)]
show("deleted 8", d); d[0] = 0; show("plus int resize", d)
d.clear(); show("cleared", d); d["x"] = 1; show("str after clear", d)
m = {"a": 1, 2: "b", "c": 3, 4: "d", "e": 5, 6: "f", "g": 7}; show("mixed display 7", m)
c = m.copy(); show("copy", c)
u = {"k": 1}; u.update(m); show("update from general", u)
g = dict(m); show("dict(general)", g)
e = {1: 1}; e.update({"a": 1, "b": 2}); show("general update str", e)
k = dict.fromkeys([1, 2, 3]); show("fromkeys ints", k)
