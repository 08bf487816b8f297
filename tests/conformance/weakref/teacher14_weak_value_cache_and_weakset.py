# A WeakValueDictionary cache and a WeakSet registry lose entries as soon as the last strong reference goes
import weakref, gc, sys

class Image:
    loads = 0
    def __init__(self, path):
        Image.loads += 1
        self.path = path
    def __repr__(self):
        return f'Image({self.path!r})'

cache = weakref.WeakValueDictionary()
def load(path):
    img = cache.get(path)
    if img is None:
        img = Image(path)
        cache[path] = img
    return img

a = load('cat.png')
b = load('cat.png')
c = load('dog.png')
print('same object', a is b, 'loads', Image.loads, 'cached', sorted(cache.keys()))
print('refcount of a', sys.getrefcount(a))
del a
print('after del a', sorted(cache), len(cache))
del b
print('after del b', sorted(cache), len(cache))
print('reload', load('cat.png'), 'loads', Image.loads)
print('temporary vanished', sorted(cache))
print('get missing', cache.get('cat.png'), 'in', 'dog.png' in cache)
items = list(cache.items())
print('items', items)
del c
print('items list keeps it', sorted(cache))
del items
print('now', sorted(cache), len(cache))

live = weakref.WeakSet()
class Session:
    def __init__(self, user):
        self.user = user
        live.add(self)
s1 = Session('ann'); s2 = Session('bob'); s3 = Session('cy')
print('live', sorted(s.user for s in live), len(live))
del s2
print('live', sorted(s.user for s in live), len(live))
s1.peer = s3; s3.peer = s1
del s1, s3
print('cycle still live', len(live))
print('collected', gc.collect())
print('after collect', len(live), list(live))
x = Session('dee')
print('contains', x in live, 'size', sys.getsizeof(live) > 0)
live.discard(x)
print('discard', len(live), x in live)
