# collections' C types print their module in descriptor reprs and "doesn't apply" messages, as tp_name does.
import collections
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = collections.deque([1])
attempt(lambda: collections.deque.__dict__["append"])
attempt(lambda: collections.deque.append)
attempt(lambda: collections.deque.append(1, 2))
attempt(lambda: collections.OrderedDict.move_to_end)
attempt(lambda: collections.OrderedDict.move_to_end([], 1))
attempt(lambda: collections.defaultdict.__missing__)
attempt(lambda: collections.defaultdict.__missing__(1, 2))
attempt(lambda: collections.deque.__len__)
attempt(lambda: collections.deque.__len__(5))
attempt(lambda: (d < 5))
attempt(lambda: d.x)
attempt(lambda: hash(d))
attempt(lambda: (type(d).__name__, type(d).__qualname__, type(d).__module__, repr(type(d))))
