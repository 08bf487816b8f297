# gc.get_count() around copies of a deque, defaultdict and OrderedDict: the reduce tuples, items views and iterators they make and free
import copy, gc
from collections import deque, defaultdict, OrderedDict
d = deque([[1], [2]])
bounded = deque([[1]], maxlen=5)
dd = defaultdict(int, x=1)
plain = defaultdict(None, y=[2])
od = OrderedDict(a=[1])
for o in (d, bounded, dd, plain, od):
    copy.copy(o); copy.deepcopy(o)
for o in (d, bounded, dd, plain, od):
    for fn in (copy.copy, copy.deepcopy):
        gc.collect()
        before = gc.get_count()[0]
        kept = fn(o)
        after = gc.get_count()[0]
        print(type(o).__name__, fn.__name__, after - before)
        del kept
