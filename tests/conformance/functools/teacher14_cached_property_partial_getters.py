# functools.cached_property stores in the instance __dict__; partial holds its arguments; attrgetter holds names
import functools, operator, sys, gc

class Report:
    def __init__(self, rows):
        self.rows = rows
    @functools.cached_property
    def total(self):
        print('  computing total')
        return sum(self.rows)
    @functools.cached_property
    def summary(self):
        return {'n': len(self.rows), 'total': self.total}

r = Report([1, 2, 3])
print('dict before', sorted(vars(r)), sys.getsizeof(vars(r)))
print(r.total, r.total)
print('dict after', sorted(vars(r)))
s = r.summary
print('summary count', sys.getrefcount(s))
del r.summary
print('after del count', sys.getrefcount(s))
print(r.summary is s, r.summary == s)
r.total = 100
print('overwritten', r.total, r.summary['total'])
data = [10, 20]
add_data = functools.partial(max, data, key=len)
print('partial holds', sys.getrefcount(data), add_data.args[0] is data, add_data.keywords)
del add_data
print('released', sys.getrefcount(data))
get = operator.attrgetter('rows', 'total')
print(get(r))
item = operator.itemgetter(1)
print(item(data), item('xyz'))
class Slotted:
    __slots__ = ('a',)
    @functools.cached_property
    def c(self):
        return 1
try:
    Slotted().c
except TypeError as e:
    print('TypeError', e)
