# gc.get_referents and gc.get_referrers in a small cycle demo
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Node({self.name})'

a = Node('a'); b = Node('b')
a.next = b; b.next = a
print('referents of a', [r for r in gc.get_referents(a) if not isinstance(r, type)])
print('referents of a.__dict__', gc.get_referents(a.__dict__))
print('referrers of a', [type(r).__name__ for r in gc.get_referrers(a) if r is not globals()])
box = [a, a]
print('list referents', gc.get_referents(box))
print('tuple referents', gc.get_referents((a, 1, 'x')))
print('dict referents', gc.get_referents({'k': b}))
print('referrers of b include box?', any(r is box for r in gc.get_referrers(b)))
print('referrers of a include box?', any(r is box for r in gc.get_referrers(a)))
print('is_tracked', gc.is_tracked(a), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}))
print('tuple tracked', gc.is_tracked((1, 2)), gc.is_tracked(([],)))
del a, b, box
print('collect', gc.collect())
def f():
    x = [1]
    def g():
        return x
    return g
g = f()
print('closure referents', [type(r).__name__ for r in gc.get_referents(g)])
print('cell referents', gc.get_referents(g.__closure__[0]))
