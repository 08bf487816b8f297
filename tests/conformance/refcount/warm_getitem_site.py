# Warm code: 3.11's BINARY_SUBSCR_GETITEM moves self and the key into __getitem__'s frame (refcounts inside), and its site's counters
import sys
rc = sys.getrefcount
class G:
    def __getitem__(self, key):
        return rc(self) * 10 + rc(key) - 20
g = G()
k = object()
def run(container, n):
    return [container[k] for i in range(n)]
print(run(g, 12))
print(run(g, 3))
# A site that specialized for lists misses 53 times, waits 31 runs as adaptive, then learns G.
def poly(items):
    out = []
    for c in items:
        out.append(c[0] if type(c) is list else c[k])
    return out
def mixed(seq):
    return [s[0] if False else s[0] for s in seq]
class H:
    def __getitem__(self, i):
        return rc(self)
h = H()
seq = [[1]] * 12 + [h] * 100
res = mixed(seq)
print(res[:12], res[12:70], res[70:100], res[100:])
# Modifying the class (or a base) makes the specialized site miss; a fresh lookup does not bring the old tag back.
class Base:
    pass
class M(Base):
    def __getitem__(self, i):
        return rc(self)
m = M()
def many(n):
    return [m[0] for i in range(n)]
print(many(12))
M.other = 1
print(many(12))
print(many(60))
print(many(40))
Base.attr = 2
print(many(60), many(40))
# __defaults__ assignment resets the function's version.
class D:
    def __getitem__(self, i, extra=None):
        return rc(self)
class D2:
    def __getitem__(self, i):
        return rc(self)
d2 = D2()
def dd(n):
    return [d2[0] for i in range(n)]
print(dd(12))
D2.__getitem__.__defaults__ = (1,)
print(dd(12), dd(60), dd(40))
# Not specialized: defaults in the signature (argcount 3), *args, a staticmethod, a builtin's subclass without its own.
class V:
    def __getitem__(self, *args):
        return rc(self)
class S:
    @staticmethod
    def __getitem__(i):
        return 0
class L(list):
    pass
class L2(list):
    def __getitem__(self, i):
        return rc(self)
d = D(); v = V(); l = L([1]); l2 = L2([1])
def each_d(n):
    return [d[0] for i in range(n)]
def each_v(n):
    return [v[0] for i in range(n)]
def each_l(n):
    return [l[0] for i in range(n)]
def each_l2(n):
    return [l2[0] for i in range(n)]
print(each_d(12), each_v(12), each_l(12), each_l2(12))
# A metaclass's __getitem__ runs for the class; a lambda counts as a function.
class Meta(type):
    def __getitem__(cls, i):
        return rc(cls)
class C(metaclass=Meta):
    pass
class Lam:
    __getitem__ = lambda self, i: rc(self)
def each_c(n):
    return [C[0] for i in range(n)]
lam = Lam()
def each_lam(n):
    return [lam[0] for i in range(n)]
print(each_c(12), each_lam(12))
# A temporary container dies in __getitem__'s frame clear, before the result is stored.
class T:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        return self.n
    def __del__(self):
        print("del", self.n, end="; ")
def temps():
    out = []
    for i in range(10):
        out.append(T(i)[0])
        print("got", out[-1], end="; ")
    print()
temps()
