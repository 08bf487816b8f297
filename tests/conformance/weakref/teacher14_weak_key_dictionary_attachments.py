# WeakKeyDictionary attaches data to objects without keeping them alive; equal keys share one entry
import weakref, gc, sys

class Widget:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'W({self.name})'

extra = weakref.WeakKeyDictionary()
a = Widget('a'); b = Widget('b')
extra[a] = {'clicks': 0}
extra[b] = {'clicks': 5}
print(len(extra), sorted(w.name for w in extra), sys.getrefcount(a))
extra[a]['clicks'] += 1
print(extra[a], a in extra, Widget('a') in extra)
del a
print('after del a', len(extra), list(extra.items()))
b.me = b
del b
print('cycle keeps b', len(extra))
print('collected', gc.collect(), len(extra))

class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
p1 = Point(1); p2 = Point(1)
extra[p1] = 'first'
extra[p2] = 'second'
print('equal keys share an entry', len(extra), extra[p1], extra[p2])
del p1
print('entry survives while p2 lives?', len(extra))
del p2
print(len(extra))
k = Widget('k')
extra[k] = 1
print(extra.pop(k), len(extra), extra.get(k, 'gone'))
extra.setdefault(k, []).append('x')
print(extra[k], list(extra.keys()), list(extra.values()))
cp = extra.copy()
print(type(cp).__name__, len(cp))
del k
print(len(extra), len(cp))
