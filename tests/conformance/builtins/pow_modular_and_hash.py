# Three-argument pow and the numeric hash: equal numbers hash alike, modulo 2**61 - 1, with -1 reserved.
for args in [(2, 3, 0), (2.0, 3, 5), (2, -1, 5), (2, -1, 4), (True, 3, 5), (2, 3, -5), (7, 10**30, 10**20 + 7)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(pow(2, 3, None), pow(3, 2, 5))
print(hash(1.5), hash(-0.5), hash(1e300), hash(5e-324), hash(float("inf")), hash(-float("inf")), hash(-1.0), hash(-0.0))
print(hash(2**61 - 1), hash(-(2**61) + 1), hash(2**64), hash(10**30), hash(False))
print(hash((1, 2)), hash(()), hash((1, (2.5, -1))), hash((True,)) == hash((1.0,)))


class Big:
    def __hash__(self):
        return 2**64


class MinusOne:
    def __hash__(self):
        return -1


class NotInt:
    def __hash__(self):
        return "x"


class EqOnly:
    def __eq__(self, other):
        return True


print(hash(Big()), hash(MinusOne()))
for thing in [NotInt(), EqOnly(), (1, [2])]:
    try:
        hash(thing)
    except TypeError as e:
        print("TypeError:", e)
