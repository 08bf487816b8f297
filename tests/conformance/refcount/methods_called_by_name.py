# C code calling a method by name finds it as obj.name() does: bound where LOAD_METHOD would bind it
import sys, collections, copy
class M:
    def keys(self):
        print("keys", sys.getrefcount(self))
        return ["a"]
    def __getitem__(self, k):
        return 1
class MG(M):
    def __getattr__(self, n):
        raise AttributeError(n)
print(dict(M()), dict(MG()), {**MG()})
d = {}
d.update(MG())
print(d)
s = M()
s.keys = lambda: ["z"]
print(dict(s))
class W:
    def write(self, text):
        pass
    def flush(self):
        print("flush", sys.getrefcount(self), file=sys.stderr)
class WG(W):
    def __getattr__(self, n):
        raise AttributeError(n)
print("x", file=W(), flush=True)
print("y", file=WG(), flush=True)
class G:
    def __getattr__(self, n):
        return 0
    def method(self):
        return sys.getrefcount(self)
g = G()
print(g.method(), G().method())
for i in range(20):
    r = g.method()
print(r)
dd = collections.defaultdict(int, a=1)
print(copy.copy(dd))
