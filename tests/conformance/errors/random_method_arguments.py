# random's functions are methods of a Random instance: bound as Python binds a def (self counted), or as C methods.
import random

random.seed(a=7)
print(random.randint(a=1, b=6), random.randint(1, b=6), random.randrange(0, 10, step=2), random.uniform(a=0, b=1) < 1)
print(random.choice(seq=[1, 2, 3]), random.sample(population=[1, 2, 3], k=2), random.choices([1, 2], k=3))
items = [1, 2, 3, 4]
random.shuffle(x=items)
print(items, random.getrandbits(8))
random.seed(3, 2)
print(random.random())


def attempt(label, call):
    try:
        result = call()
        print(label, "->", type(result).__name__)
    except (TypeError, ValueError) as error:
        print(label, "!!", type(error).__name__, error)


attempt("seed(1, 2, 3)", lambda: random.seed(1, 2, 3))
attempt("seed(zz=1)", lambda: random.seed(zz=1))
attempt("seed(1, a=1)", lambda: random.seed(1, a=1))
attempt("random(1)", lambda: random.random(1))
attempt("random(zz=1)", lambda: random.random(zz=1))
attempt("getrandbits()", lambda: random.getrandbits())
attempt("getrandbits(k=3)", lambda: random.getrandbits(k=3))
attempt("randint(1)", lambda: random.randint(1))
attempt("randint()", lambda: random.randint())
attempt("randint(1, 2, 3)", lambda: random.randint(1, 2, 3))
attempt("randrange()", lambda: random.randrange())
attempt("randrange(stop=4)", lambda: random.randrange(stop=4))
attempt("randrange(1, 2, 3, 4)", lambda: random.randrange(1, 2, 3, 4))
attempt("uniform(1)", lambda: random.uniform(1))
attempt("choice()", lambda: random.choice())
attempt("choice([1], [2])", lambda: random.choice([1], [2]))
attempt("shuffle()", lambda: random.shuffle())
attempt("shuffle([1], zz=2)", lambda: random.shuffle([1], zz=2))
attempt("sample([1, 2])", lambda: random.sample([1, 2]))
attempt("sample()", lambda: random.sample())
attempt("choices()", lambda: random.choices())
attempt("choices([1], [1], [1])", lambda: random.choices([1], [1], [1]))
attempt("choices([1], zz=1)", lambda: random.choices([1], zz=1))
attempt("choices([1], [1], cum_weights=[1])", lambda: random.choices([1], [1], cum_weights=[1]))
print(random.random())
