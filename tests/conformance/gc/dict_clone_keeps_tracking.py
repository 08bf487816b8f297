# A dict copied by cloning its table (d.copy(), dict(d), {**d}, update into an empty dict) is tracked when its source is
import gc, copy
d = {'a': []}
d['a'] = 1
print(gc.is_tracked(d), gc.is_tracked(d.copy()), gc.is_tracked(dict(d)), gc.is_tracked({**d}), gc.is_tracked(d | {}))
e = {}; e.update(d); print(gc.is_tracked(e))
print(gc.is_tracked(copy.copy(d)), gc.is_tracked({} | d))
f = {}; f |= d; print(gc.is_tracked(f))
big = {i: [] for i in range(20)}
for i in range(20): big[i] = i
print(gc.is_tracked(big), gc.is_tracked(big.copy()), gc.is_tracked(dict(big)))
del big[3]
print(gc.is_tracked(big.copy()), gc.is_tracked(dict(big)))
g = {'x': 1}
print(gc.is_tracked(g), gc.is_tracked(g.copy()), gc.is_tracked(dict(g)))
class C: pass
c = C(); c.a = []; c.a = 1
print(gc.is_tracked(c.__dict__), gc.is_tracked(c.__dict__.copy()), gc.is_tracked(dict(c.__dict__)))
empty = {'a': []}; del empty['a']
print(gc.is_tracked(empty), gc.is_tracked(empty.copy()), gc.is_tracked(dict(empty)))
gc.collect()
print(gc.is_tracked(d), gc.is_tracked(d.copy()))
