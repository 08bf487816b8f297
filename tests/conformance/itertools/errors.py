# itertools argument errors and errors raised while iterating, with CPython's messages.
import itertools as it

cases = [
    ("it.count('a')", lambda: it.count('a')),
    ("it.count(1, 'a')", lambda: it.count(1, 'a')),
    ("it.count(x=1)", lambda: it.count(x=1)),
    ("it.count(1, 2, 3)", lambda: it.count(1, 2, 3)),
    ("it.repeat()", lambda: it.repeat()),
    ("it.repeat(1, 'a')", lambda: it.repeat(1, 'a')),
    ("it.repeat(1, 2, 3)", lambda: it.repeat(1, 2, 3)),
    ("it.cycle()", lambda: it.cycle()),
    ("it.cycle(1)", lambda: it.cycle(1)),
    ("it.cycle([1], x=1)", lambda: it.cycle([1], x=1)),
    ("it.cycle([1], [2])", lambda: it.cycle([1], [2])),
    ("it.chain(x=1)", lambda: it.chain(x=1)),
    ("next(it.chain(1))", lambda: next(it.chain(1))),
    ("it.chain.from_iterable()", lambda: it.chain.from_iterable()),
    ("next(it.chain.from_iterable([1]))", lambda: next(it.chain.from_iterable([1]))),
    ("it.islice([1])", lambda: it.islice([1])),
    ("it.islice(1, 2)", lambda: it.islice(1, 2)),
    ("it.islice([1], -1)", lambda: it.islice([1], -1)),
    ("it.islice([1], 'a')", lambda: it.islice([1], 'a')),
    ("it.islice([1], 0, 1, 0)", lambda: it.islice([1], 0, 1, 0)),
    ("it.islice([1], -1, 2)", lambda: it.islice([1], -1, 2)),
    ("it.islice([1], 1, 2, 3, 4)", lambda: it.islice([1], 1, 2, 3, 4)),
    ("it.islice([1], stop=1)", lambda: it.islice([1], stop=1)),
    ("it.accumulate()", lambda: it.accumulate()),
    ("it.accumulate(1)", lambda: it.accumulate(1)),
    ("it.accumulate([1], x=2)", lambda: it.accumulate([1], x=2)),
    ("list(it.accumulate([1, 'a']))", lambda: list(it.accumulate([1, 'a']))),
    ("it.zip_longest(1)", lambda: it.zip_longest(1)),
    ("it.zip_longest([1], x=2)", lambda: it.zip_longest([1], x=2)),
    ("it.product(1)", lambda: it.product(1)),
    ("it.product([1], repeat=-1)", lambda: it.product([1], repeat=-1)),
    ("it.product([1], x=1)", lambda: it.product([1], x=1)),
    ("it.product([1], repeat='a')", lambda: it.product([1], repeat='a')),
    ("it.permutations([1], -1)", lambda: it.permutations([1], -1)),
    ("it.permutations(1)", lambda: it.permutations(1)),
    ("it.permutations([1], 'a')", lambda: it.permutations([1], 'a')),
    ("it.permutations()", lambda: it.permutations()),
    ("it.combinations([1])", lambda: it.combinations([1])),
    ("it.combinations([1], -1)", lambda: it.combinations([1], -1)),
    ("it.combinations(1, 1)", lambda: it.combinations(1, 1)),
    ("it.groupby(1)", lambda: it.groupby(1)),
    ("it.groupby()", lambda: it.groupby()),
    ("it.groupby([1], 1, 2)", lambda: it.groupby([1], 1, 2)),
    ("it.takewhile(None)", lambda: it.takewhile(None)),
    ("next(it.takewhile(None, [1]))", lambda: next(it.takewhile(None, [1]))),
    ("it.takewhile(bool, 1)", lambda: it.takewhile(bool, 1)),
    ("it.takewhile(bool, [1], x=1)", lambda: it.takewhile(bool, [1], x=1)),
    ("it.dropwhile(bool)", lambda: it.dropwhile(bool)),
    ("next(it.starmap(pow, [1]))", lambda: next(it.starmap(pow, [1]))),
    ("it.starmap(pow)", lambda: it.starmap(pow)),
    ("it.pairwise()", lambda: it.pairwise()),
    ("it.compress([1])", lambda: it.compress([1])),
    ("it.filterfalse(None)", lambda: it.filterfalse(None)),
]
for text, call in cases:
    try:
        r = call()
        print(text, "->", type(r).__name__)
    except Exception as e:
        print(text, "->", type(e).__name__, e)

def bad():
    yield 1
    raise KeyError("inner")

ch = it.chain(bad(), [5])
print(next(ch))
try:
    next(ch)
except KeyError as e:
    print("KeyError", e)
print(list(ch))

import weakref
for make in (it.count, lambda: it.chain([])):
    try:
        weakref.ref(make())
    except TypeError as e:
        print(e)
