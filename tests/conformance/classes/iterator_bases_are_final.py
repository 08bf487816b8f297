# Iterator types and dict views are not acceptable base types (they lack Py_TPFLAGS_BASETYPE), the deque iterators with their module in the message
import collections
samples = [iter([]), iter(()), iter({}), {}.keys(), {}.values(), {}.items(), iter(range(3)), reversed([]), iter(""), iter(set()),
           iter({}.items()), reversed({}), iter(int, 1), iter(collections.deque()), reversed(collections.deque()),
           iter(collections.OrderedDict()), collections.OrderedDict().keys()]
for s in samples:
    try:
        class X(type(s)):
            pass
        print("subclassed", type(s).__name__)
    except TypeError as e:
        print(e)
