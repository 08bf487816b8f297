# WeakKeyDictionary: attach data to objects without keeping them alive
import weakref
class Widget:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "W%d" % self.n
meta = weakref.WeakKeyDictionary()
ws = [Widget(i) for i in range(4)]
for w in ws:
    meta[w] = {"clicks": w.n * 10}
print(len(meta), meta[ws[2]])
del ws[1]
print(len(meta))
print(sorted(repr(k) for k in meta.keys()))
ws.clear()
print(len(meta))
k = Widget(9)
meta[k] = 1
print(k in meta, Widget(9) in meta)
try:
    meta[1] = 2
except TypeError as e:
    print("TypeError:", e)
