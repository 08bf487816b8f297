# sys.getsizeof of lists built by list() and list.extend from every kind of iterable: sized objects are
# preallocated exactly, iterators with a length hint reserve it, others (generators, map, filter) grow
# from a guess of 8 and are cut back at the end (Objects/listobject.c list___init__ and list_extend).
import sys

def gen(n):
    for i in range(n):
        yield i

for n in (0, 1, 5, 9, 17, 100, 1000):
    sources = {
        "range": range(n),
        "list": list(range(n)),
        "tuple": tuple(range(n)),
        "str": "x" * n,
        "dict": {i: None for i in range(n)},
        "set": set(range(n)),
        "dict.values": {i: None for i in range(n)}.values(),
        "iter(list)": iter(list(range(n))),
        "iter(range)": iter(range(n)),
        "reversed(list)": reversed(list(range(n))),
        "generator": gen(n),
        "map": map(abs, range(n)),
        "filter": filter(None, range(1, n + 1)),
        "zip": zip(range(n), range(n)),
        "enumerate": enumerate(range(n)),
    }
    print(n, " ".join(f"{name}={sys.getsizeof(list(source))}" for name, source in sources.items()))

for n in (0, 3, 8, 20):
    grown = [1, 2, 3]
    grown.extend(gen(n))
    hinted = [1, 2, 3]
    hinted.extend(range(n))
    mapped = [1, 2, 3]
    mapped.extend(map(abs, range(n)))
    print("extend", n, sys.getsizeof(grown), sys.getsizeof(hinted), sys.getsizeof(mapped))
