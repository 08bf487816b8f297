# sys.getrefcount of an object as containers, views, iterators, closures and bound methods take references
import sys
rc = sys.getrefcount
class Thing:
    def method(self):
        pass
x = Thing()
base = rc(x)
steps = []
l = [x, x]; steps.append(("list of 2", rc(x) - base))
t = (x,); steps.append(("tuple", rc(x) - base))
d = {x: x}; steps.append(("dict key+value", rc(x) - base))
s = {x}; steps.append(("set", rc(x) - base))
m = x.method; steps.append(("bound method", rc(x) - base))
it = iter(l); steps.append(("list iterator", rc(x) - base))
next(it); steps.append(("after next", rc(x) - base))
f = lambda: x; steps.append(("lambda global", rc(x) - base))
def outer(v):
    return lambda: v
g = outer(x); steps.append(("closure cell", rc(x) - base))
del l[0]; steps.append(("del l[0]", rc(x) - base))
l.clear(); steps.append(("clear", rc(x) - base))
e = enumerate([x]); steps.append(("enumerate of new list", rc(x) - base))
z = list(zip([x], [x])); steps.append(("zip into list", rc(x) - base))
del e, z, m, it, g, t, d, s
steps.append(("all released", rc(x) - base))
print(steps)
k = "key" + str(1)
base = rc(k)
dd = {}
dd[k] = 1; a1 = rc(k) - base
dd.pop(k); a2 = rc(k) - base
dd.setdefault(k, []); a3 = rc(k) - base
keys = list(dd); a4 = rc(k) - base
v = dd.keys(); a5 = rc(k) - base
dd2 = dict.fromkeys([k]); a6 = rc(k) - base
dd3 = dd | dd2; a7 = rc(k) - base
print(a1, a2, a3, a4, a5, a6, a7)
n = 10**20
base = rc(n)
ll = [n] * 5; b1 = rc(n) - base
ll2 = ll[1:3]; b2 = rc(n) - base
ll3 = ll + ll2; b3 = rc(n) - base
ll.sort(); b4 = rc(n) - base
mx = max(ll); b5 = rc(n) - base
srt = sorted(ll); b6 = rc(n) - base
rev = list(reversed(ll)); b7 = rc(n) - base
print(b1, b2, b3, b4, b5, b6, b7)
