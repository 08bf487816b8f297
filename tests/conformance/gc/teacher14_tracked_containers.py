# gc.get_objects() and gc.is_tracked show which containers the collector watches as they change
import gc
class Thing:
    pass
def count(kind):
    return sum(1 for o in gc.get_objects() if type(o) is kind)
gc.collect()
base = count(Thing)
things = [Thing() for _ in range(5)]
print('things tracked', count(Thing) - base)
d = {'n': 1}
print('dict of ints tracked?', gc.is_tracked(d), any(o is d for o in gc.get_objects()))
d['t'] = things[0]
print('after storing an instance', gc.is_tracked(d))
del d['t']
print('after removing it', gc.is_tracked(d))
gc.collect()
print('after full collection', gc.is_tracked(d))
t = (1, 2, 'x')
print('tuple of atoms', gc.is_tracked(t))
gc.collect()
print('after collection', gc.is_tracked(t))
t2 = (1, [])
gc.collect()
print('tuple with list', gc.is_tracked(t2))
del things
print('things after del', count(Thing) - base)
print('generations', len(gc.get_objects(0)) >= 0, len(gc.get_objects(generation=2)) > 0)
s = {1, 2}
print('set tracked', gc.is_tracked(s), gc.is_tracked(frozenset()), gc.is_tracked('str'), gc.is_tracked(Thing))
print('freeze count', gc.get_freeze_count())
