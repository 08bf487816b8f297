# str.join over anything but a list or tuple first reads it into a new list (PySequence_Fast): gc counts as the iterator's list dies
import gc

def probe(label, make):
    gc.collect()
    before = gc.get_count()
    result = make()
    after = gc.get_count()
    print(label, result, after[0] - before[0])

kept = ['a', 'b', 'c']
probe('list', lambda: '-'.join(kept))
probe('tuple', lambda: '-'.join(('x', 'y')))
probe('iter of kept list', lambda: '-'.join(iter(kept)))
probe('iter of dying list', lambda: '-'.join(iter(['p', 'q'])))
probe('generator', lambda: '-'.join(w for w in 'a b c'.split()))
probe('map', lambda: ' '.join(map(str.capitalize, 'one two'.split())))
probe('dict', lambda: ','.join({'k': 1, 'v': 2}))
probe('set', lambda: ','.join(sorted({'s'})))
try:
    '-'.join(5)
except TypeError as e:
    print(e)
try:
    '-'.join(x for x in ['ok', 3])
except TypeError as e:
    print(e)
