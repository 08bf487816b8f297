# A WeakValueDictionary's keys with equal __hash__ are told apart by __eq__, as in a dict (its data is one).
import weakref
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 7
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
class V:
    pass
a, b = V(), V()
w = weakref.WeakValueDictionary()
w[K(1)] = a
w[K(2)] = b
print(len(w), w[K(2)] is b, K(3) in w, w.get(K(1)) is a)
del w[K(1)]
print(len(w))
del b
print(len(w), K(2) in w)
