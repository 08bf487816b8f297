# gc.get_count() across namedtuple(): a first call after a full collection counts eval's compiler objects, later calls find them on the free lists
import gc
from collections import namedtuple

gc.collect()
gc.disable()
counts = []
for i in range(6):
    before = gc.get_count()
    A = namedtuple('A', ['a'])
    after = gc.get_count()
    counts.append(after[0] - before[0])
print('first call', counts[0])
print('later calls', counts[2:])
gc.enable()
gc.collect()
gc.disable()
before = gc.get_count()
B = namedtuple('B', 'x y z')
after = gc.get_count()
print('three fields after a collection', after[0] - before[0])
for i in range(3):
    before = gc.get_count()
    B = namedtuple('B', 'x y z')
    after = gc.get_count()
    counts.append(after[0] - before[0])
print('three fields again', counts[-2:])
gc.enable()
