# itertools.tee and groupby hold items: what stays alive while the iterators lag behind
import itertools, sys, gc

class Rec:
    def __init__(self, k, v):
        self.k = k; self.v = v
    def __repr__(self):
        return f'{self.k}{self.v}'
    def __del__(self):
        print('  free', self)

def source():
    for k, v in [('a', 1), ('a', 2), ('b', 3), ('c', 4)]:
        yield Rec(k, v)

fast, slow = itertools.tee(source())
print('fast takes two', next(fast), next(fast))
print('slow still sees them', next(slow))
print('slow again', next(slow))
print('fast rest', list(fast))
print('slow rest', list(slow))
del fast, slow
print('tees gone')

for key, group in itertools.groupby(source(), key=lambda r: r.k):
    print('group', key, list(group))
print('groupby done')

groups = itertools.groupby(source(), key=lambda r: r.k)
k1, g1 = next(groups)
k2, g2 = next(groups)
print('old group emptied when advancing', list(g1), 'new', list(g2))
del groups, g1, g2
print('groupby dropped')

a = [Rec('x', 0)]
it1, it2 = itertools.tee(a)
print('count of list item', sys.getrefcount(a[0]))
next(it1)
print('after one advances', sys.getrefcount(a[0]))
next(it2)
print('after both advance', sys.getrefcount(a[0]))
del it1, it2
print('count back', sys.getrefcount(a[0]))
c = itertools.cycle([Rec('y', 1)])
print(next(c), next(c))
del c
print('chain', list(itertools.chain([1], [2, 3])), list(itertools.islice(itertools.count(), 3)))
del a
print('end')
