# Warm STORE_SUBSCR's list and dict forms move the stack's references in: counts in __del__ and __hash__, and the order things die
import sys
class D:
    def __del__(self):
        print("del", sys.getrefcount(G), end="; ")
def lists():
    global G
    L = [D()]
    for i in range(12):
        G = D()
        L[0] = G
    print()
lists()
def dicts():
    global G
    d = {"k": D()}
    for i in range(12):
        G = D()
        d["k"] = G
    print()
dicts()
class K:
    def __init__(s, n): s.n = n
    def __hash__(s):
        print("hash", sys.getrefcount(s), end="; ")
        return 1
    def __eq__(s, o): return True
    def __del__(s): print("del", s.n, end="; ")
def hashes():
    d = {}
    k = K("k")
    for i in range(12):
        d[k] = i
    print()
hashes()
def order():
    for i in range(10):
        {K("dictkey"): K("old")}[K("sub")] = K("new")
        print()
order()
class U:
    __hash__ = None
def fails():
    d = {}
    for i in range(10):
        try:
            d[U()] = D()
        except TypeError as e:
            print(e, end="; ")
    print()
G = object()
fails()
def mixed(seq):
    for c in seq:
        c[0] = G
G = D()
mixed([[0], {0: 1}, [1]] * 30)
print()
print("end")
