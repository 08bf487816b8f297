# popitem gives dk_nentries back but not dk_usable: the dict is clean for a clone, which keeps the lost room; merging into an empty dict replaces its old keys
import sys, gc
D = dict.fromkeys(range(21))
D.popitem(); D.popitem()
print(sys.getsizeof(D), list(D)[-3:])
D['a'] = 1
print(sys.getsizeof(D), list(D)[-3:], list(reversed(D))[:3])
D['b'] = 2; D['c'] = 3
print(sys.getsizeof(D), list(D)[-3:])
E = {i: i for i in range(5)}
del E[4]; del E[3]
E.popitem()
print(sys.getsizeof(E), sys.getsizeof(E.copy()), sys.getsizeof(dict(E)), list(E))
for i in range(10): E[i + 10] = i
print(sys.getsizeof(E), list(E))
F = {'x': 1, 'y': 2, 'z': 3}
F.popitem(); F['w'] = 4; F.popitem(); F.popitem()
G = {}; G.update(F)
print(sys.getsizeof(F), sys.getsizeof(G), G, sys.getsizeof({**F}))
for i in range(8): G[str(i)] = i
print(sys.getsizeof(G))
H = dict.fromkeys('abcdef')
while H: H.popitem()
print(sys.getsizeof(H)); H['q'] = 1; print(sys.getsizeof(H))
class C: pass
c = C(); c.a = 1; c.b = 2
d = c.__dict__
d.popitem(); print(sys.getsizeof(d)); d['z'] = 3; print(sys.getsizeof(d), d)
D.popitem()
print(sys.getsizeof(D), sys.getsizeof(dict(D)))
E = dict(D, z=1)
print(sys.getsizeof(E))
D = {'a': 0, 'b': 0, 'c': 0, 'd': 0}
for k in 'abcd':
    del D[k]
D.update({'x': 3})
D['y'] = 0
print(sys.getsizeof(D))
