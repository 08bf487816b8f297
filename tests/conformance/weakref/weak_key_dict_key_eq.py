# A WeakKeyDictionary's keys with equal __hash__ are told apart by __eq__: weak references hash as their referents and compare them while both live (weakref_richcompare), by identity once dead.
import weakref
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 7
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
a, b = K(1), K(2)
r1, r2 = weakref.ref(a), weakref.ref(K(1))
print(r1 == weakref.ref(a), hash(r1) == 7)
w = weakref.WeakKeyDictionary()
w[a] = "a"
w[b] = "b"
print(len(w), w[K(2)], K(3) in w)
del w[K(1)]
print(len(w))
c = K(3)
w[c] = "c"
print(len(w), w.get(K(3)), w.get(K(9), "none"))
del c
print(len(w), sorted(k.n for k in w))
x = K(4)
rx = weakref.ref(x)
del x
print(rx() is None, rx == rx, rx != weakref.ref(b))
try:
    hash(rx)
except TypeError as e:
    print(e)
rb = weakref.ref(b)
print(hash(rb))
s = {rb}
print(weakref.ref(b) in s, len({weakref.ref(a), weakref.ref(b)}))
del b
print(len(w), rb in s)
