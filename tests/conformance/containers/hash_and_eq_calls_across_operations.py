# How many times __hash__ and __eq__ run across dict, set, Counter, OrderedDict, heapq, bisect, weak dicts, deepcopy and deque operations
import collections, heapq, bisect, functools, weakref, copy
calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append('h%d' % self.v)
        return hash(self.v % 3)
    def __eq__(self, o):
        calls.append('e%d%s' % (self.v, getattr(o, 'v', '?')))
        return isinstance(o, K) and self.v == o.v
    def __lt__(self, o):
        calls.append('l%d%d' % (self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return 'K%d' % self.v
def show(label):
    print(label, calls)
    calls.clear()
ks = [K(i) for i in range(6)]
calls.clear()
d = dict.fromkeys(ks); show('fromkeys')
d2 = dict(d); show('dict copy')
d2.update(d); show('update same')
d3 = {}; d3.update(d); show('update empty')
s = set(ks); show('set')
s2 = s | set(ks[:2]); show('union')
s3 = s & {ks[1], K(1)}; show('intersection')
fs = frozenset(ks[:3]); hash(fs); show('frozenset hash')
c = collections.Counter(ks[:3] + ks[:2]); show('counter')
dd = collections.defaultdict(list); dd[ks[0]].append(1); dd[ks[0]].append(2); show('defaultdict')
od = collections.OrderedDict.fromkeys(ks[:3]); show('od')
od.move_to_end(ks[0]); show('move_to_end')
od.popitem(last=False); show('popitem')
h = []
for k in reversed(ks): heapq.heappush(h, k)
show('heappush')
heapq.heappop(h); show('heappop')
srt = sorted(ks[::-1]); show('sorted')
bisect.insort(srt, K(3)); show('insort')
print(ks[2] in d.keys(), K(2) in d.keys()); show('in keys')
print(ks[3] in d.items() if False else (ks[3], None) in d.items()); show('in items')
wd = weakref.WeakKeyDictionary(); wd[ks[0]] = 1; wd[ks[0]] = 2; show('weakkey')
wv = weakref.WeakValueDictionary(); wv[ks[1]] = ks[2]; show('weakvalue')
cp = copy.deepcopy({ks[0]: [ks[1]]}); show('deepcopy')
dq = collections.deque(ks); dq.remove(K(3)); show('deque remove')
print(dq.count(K(1)), K(5) in dq); show('deque count/in')
print(max(ks), min(ks, key=lambda k: -k.v)); show('max/min')
print(d.get(K(4)), d.pop(K(4)), d.setdefault(K(7), 'x')); show('get/pop/setdefault')
del d[ks[5]]; show('del')
print(list(s.difference(ks[:4]))); show('difference')
s.symmetric_difference_update({K(9)}); show('symdiff')
print({k: 1 for k in ks[:2]}, {k for k in ks[:2]}); show('comprehensions')
