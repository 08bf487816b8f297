# random.py's own argument handling: seed's types and versions, randint's int() fallback, uniform's and shuffle's protocols.
import random


def attempt(label, call):
    try:
        print(label, "->", call(), random.random())
    except (TypeError, ValueError) as error:
        print(label, "!!", type(error).__name__, error, random.random())


# seed: str, bytes and bytearray through sha512 (version 2) or Python 2's hash (version 1); other types by hash().
for a in (3, -3, True, 2.5, -2.5, "pymem", b"pymem", bytearray(b"pymem"), ""):
    for version in (1, 2, 3):
        attempt(f"seed({a!r}, {version})", lambda: random.seed(a, version))
random.seed(5)
attempt("seed([1])", lambda: random.seed([1]))
attempt("seed((1,))", lambda: random.seed((1,)))
attempt("seed(2j)", lambda: random.seed(2j))

# randint calls randrange(a, b + 1) from random.py, whose warnings python3 does not show: only the numbers count.
random.seed(11)
attempt("randint(2.0, 5)", lambda: random.randint(2.0, 5))
attempt("randint(1.5, 3)", lambda: random.randint(1.5, 3))
attempt("randint(2, 5.5)", lambda: random.randint(2, 5.5))
attempt("randint('5', 7)", lambda: random.randint("5", 7))
attempt("randint(1, '7')", lambda: random.randint(1, "7"))
attempt("randint(True, 3)", lambda: random.randint(True, 3))
attempt("randrange('a')", lambda: random.randrange("a"))
attempt("randrange([])", lambda: random.randrange([]))
attempt("randrange(None)", lambda: random.randrange(None))
attempt("randrange(5, step=2)", lambda: random.randrange(5, step=2))
attempt("randrange(5, None, 1)", lambda: random.randrange(5, None, 1))

# uniform is a + (b - a) * random(): the subtraction's error comes first, and any numbers work.
attempt("uniform(1, 'a')", lambda: random.uniform(1, "a"))
attempt("uniform([], 2)", lambda: random.uniform([], 2))


class Meters:
    def __init__(self, value):
        self.value = value

    def __sub__(self, other):
        return Meters(self.value - other.value)

    def __mul__(self, factor):
        return Meters(self.value * factor)

    def __add__(self, other):
        return Meters(self.value + other.value)

    def __repr__(self):
        return f"Meters({self.value})"


attempt("uniform(Meters(1), Meters(3))", lambda: random.uniform(Meters(1), Meters(3)))


# shuffle swaps through len() and subscripts: a tuple fails at its first store, a one-item dict is left alone.
class Shelf:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, value):
        self.items[i] = value


class Loud(list):
    def __getitem__(self, i):
        print("  get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, value):
        print("  set", i, value)
        super().__setitem__(i, value)


shelf = Shelf([1, 2, 3, 4, 5])
loud = Loud([10, 20, 30, 40])
attempt("shuffle((1, 2))", lambda: random.shuffle((1, 2)))
attempt("shuffle('ab')", lambda: random.shuffle("ab"))
attempt("shuffle({1: 2})", lambda: random.shuffle({1: 2}))
attempt("shuffle(5)", lambda: random.shuffle(5))
attempt("shuffle(shelf)", lambda: random.shuffle(shelf))
attempt("shuffle(loud)", lambda: random.shuffle(loud))
print(shelf.items, loud)
