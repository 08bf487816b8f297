# types.MappingProxyType(mapping): a read-only view holding one reference to its mapping; argument checks, |, comparisons, methods forwarded to the mapping
import sys, gc, types
from collections import OrderedDict, defaultdict

d = {'a': 1, 'b': [2]}
print(sys.getrefcount(d))
m = types.MappingProxyType(d)
print(sys.getrefcount(d))
print(m, repr(m), str(m), len(m), bool(m), bool(types.MappingProxyType({})))
print(m['a'], m.get('a'), m.get('q'), m.get('q', 0), 'b' in m, list(m), list(reversed(m)))
print(list(m.keys()), list(m.values()), list(m.items()))
c = m.copy()
print(c, type(c).__name__, c is d, c['b'] is d['b'])
d['c'] = 3
print(m, len(m))
print(m == d, m != d, d == m, m == {'a': 1}, m == m)
print(m | {'z': 0}, {'z': 0} | m, type(m | {}).__name__, m | m)
e = {'x': 1}
e |= m
print(e)
print(types.MappingProxyType(mapping={'k': 1}), types.MappingProxyType(m))
print(types.MappingProxyType(OrderedDict(a=1)), types.MappingProxyType(defaultdict(int)))
print(types.MappingProxyType("abc")[0], types.MappingProxyType(range(3))[1])
try:
    types.MappingProxyType({}, mapping={})
except TypeError as exc:
    print(exc)
print(type(m).__name__, type(m).__module__, type(m) is types.MappingProxyType, isinstance(m, types.MappingProxyType))
print(types.MappingProxyType[int], gc.is_tracked(m), sys.getsizeof(m))
print(gc.get_referents(m) == [d], gc.get_referents(m)[0] is d)

for bad in [[1], (1,), 5, None, {1}, 2.5]:
    try:
        types.MappingProxyType(bad)
    except TypeError as exc:
        print(exc)
for args, kwargs in [((), {}), (({}, {}), {}), ((), {'other': {}})]:
    try:
        types.MappingProxyType(*args, **kwargs)
    except TypeError as exc:
        print(exc)
for op in [lambda: m | 1, lambda: 1 | m, lambda: m < m, lambda: hash(m), lambda: m.get(), lambda: m.get(1, 2, 3), lambda: m.keys(1)]:
    try:
        op()
    except TypeError as exc:
        print(exc)
try:
    class Sub(types.MappingProxyType):
        pass
except TypeError as exc:
    print(exc)

del m
print(sys.getrefcount(d))
