# WeakValueDictionary / WeakKeyDictionary / WeakSet during gc.collect
import gc, weakref
gc.collect()
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "O(%s)" % self.n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, O) and self.n == other.n
wv = weakref.WeakValueDictionary()
wk = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
objs = [O(i) for i in range(4)]
for o in objs:
    wv[o.n] = o
    wk[o] = o.n * 10
    ws.add(o)
objs[0].self = objs[0]
objs[1].other = objs[2]; objs[2].other = objs[1]
print(len(wv), len(wk), len(ws))
del objs[0:3]
print(len(wv), len(wk), len(ws))
print(gc.collect())
print(len(wv), len(wk), len(ws), sorted(wv), list(wk.values()), list(ws))
print(wv.get(3), 3 in wv, O(3) in wk, O(3) in ws)
k = list(wk.keys())
print(k)
del objs
print(len(wv), len(wk), len(ws))
del k
print(len(wv), len(wk), len(ws))
