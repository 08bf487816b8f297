# tuple(iterable) and f(*iterable) as PySequence_Tuple makes them: a tuple at the guessed size comes first.
import gc, sys
gc.collect()
gc.disable()

def gen(n):
    for i in range(n):
        yield gc.get_count()[0]

counts = [gc.get_count()[0]]
a = tuple(gen(3))
counts.append(gc.get_count()[0])
b = tuple(gen(12))
counts.append(gc.get_count()[0])
c = tuple(gen(0))
counts.append(gc.get_count()[0])
d = tuple(gen(2))
counts.append(gc.get_count()[0])

def f(*args):
    return gc.get_count()[0], args

e = f(*gen(2))
counts.append(gc.get_count()[0])
base = counts[0]
print([x - base for x in counts])
print([x - base for x in a], [x - base for x in b], c, [x - base for x in d])
print(e[0] - base, [x - base for x in e[1]])
print(len(b), sys.getsizeof(b), len(c), gc.is_tracked(a))

t = (1, 2)
lst = [3, 4]
def g(*args):
    return sys.getrefcount(t), sys.getrefcount(lst), args is t
print(g(*t), g(*lst), g(0, *t))

def kw(**k):
    return sorted(k.items())
class Mapping:
    def keys(self):
        return ("x", "y")
    def __getitem__(self, key):
        return key * 2
print(kw(**Mapping()), {**Mapping()}, dict(Mapping()))
bad_calls = [
    lambda: kw(**Mapping(), x=1),
    lambda: kw(**[1]),
    lambda: {**5},
    lambda: g(*5),
    lambda: [*5],
    lambda: g(1, *5),
    lambda: print(*None),
    lambda: g(**{'a': 1}, **{'a': 2}),
    lambda: Mapping().keys(*3),
    lambda: dict.update({}, *[1]),
]
for bad in bad_calls:
    try:
        bad()
    except TypeError as error:
        print(error)

merged = {"x": 0}
merged.update(Mapping())
merged |= Mapping()
print(merged, sys.getrefcount(Mapping))
