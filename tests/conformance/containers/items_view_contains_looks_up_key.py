# (key, value) in d.items() looks the key up (one hash) and compares the value found; a non-pair is never in it
import collections
calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append('h%d' % self.v)
        return hash(self.v)
    def __eq__(self, o):
        calls.append('e%d' % self.v)
        return isinstance(o, K) and self.v == o.v
class V:
    def __eq__(self, o):
        calls.append('veq')
        return True
def show(label):
    print(label, calls)
    calls.clear()
a, b = K(1), K(2)
calls.clear()
d = {a: V(), b: 2}
show('build')
print((a, 5) in d.items(), (K(1), 5) in d.items(), (a,) in d.items(), [a, 5] in d.items(), (K(3), 1) in d.items())
show('items in')
od = collections.OrderedDict(d)
show('od')
print((a, 1) in od.items(), (b, 2) in od.items())
show('od items in')
class D(dict):
    def __getitem__(self, k):
        calls.append('getitem')
        return 0
dd = D({a: 1})
show('D')
print((a, 1) in dd.items(), (a, 0) in dd.items())
show('D items in')
c2 = collections.Counter('abracadabra')
print(('a', 5) in c2.items(), c2.most_common(2))
c2.update([a, b, a])
show('update')
c2.subtract([a])
show('subtract')
print(c2[a], c2[b])
