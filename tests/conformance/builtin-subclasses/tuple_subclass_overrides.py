# Dunders a tuple subclass defines in Python replace tuple's slots: __repr__, __eq__/__hash__, __getitem__, __len__, __iter__, __contains__, __add__, __mul__
class Vec(tuple):
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)

    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))

    def __mul__(self, k):
        return Vec(a * k for a in self)

    __rmul__ = __mul__

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5


v = Vec((3, 4))
print(v, repr(v), str(v), [v], v + Vec((1, 1)), v * 2, 3 * v, abs(v), v + (1, 1), (1, 1) + v)
print(super(Vec, v).__repr__(), tuple.__add__(v, (9,)), tuple.__mul__(v, 2), type(tuple.__add__(v, (9,))).__name__)


class Loose(tuple):
    def __eq__(self, other):
        return len(self) == len(other)


print(Loose((1,)) == (2,), Loose((1,)) != (2,), (2,) == Loose((1,)), Loose.__hash__)
try:
    hash(Loose())
except TypeError as e:
    print("TypeError", e)


class Keyed(tuple):
    def __eq__(self, other):
        return tuple.__eq__(self, other)

    def __hash__(self):
        return 7


k = Keyed((1, 2))
print(hash(k), k == (1, 2), k in {(1, 2)}, {k: 1}.get((1, 2)), len({k, (1, 2)}))


class Shifted(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, i - 1)

    def __len__(self):
        return 99

    def __contains__(self, x):
        print("contains", x)
        return True

    def __iter__(self):
        yield "custom"


s = Shifted("abc")
print(s[1], s[0], len(s), 5 in s, list(s), tuple(s), [*s], s.count("a"), s.index("c"), sorted(s))
a, = s
print(a, str(s), s == ("a", "b", "c"), bool(s))


class Reversible(tuple):
    def __reversed__(self):
        return iter("rev")


print(list(reversed(Reversible((1, 2)))), list(reversed(Vec((1, 2)))))


def f(*args):
    return type(args).__name__, args


print(f(*v), f(*s))


class Counted(tuple):
    def __len__(self):
        print("len called")
        return tuple.__len__(self)


c = Counted((1, 2, 3))
print(len(c), bool(c), c[1:], c.__len__(), c.__getitem__(0), c.__contains__(3))
x = Counted([1])
x += (2,)
print(x, type(x).__name__)
y = Vec((1, 2))
y *= 3
print(y)
