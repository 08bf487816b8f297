# `|` and `|=` with dict subclasses: their Python __or__/__ror__/__ior__ weighed against dict's own as binary_op1 does
class Config(dict):
    def __or__(self, other):
        print("Config.__or__", type(other).__name__)
        return Config({**self, **other})

    def __ror__(self, other):
        print("Config.__ror__", type(other).__name__)
        return Config({**other, **self})


a = Config(x=1)
b = {"y": 2}
print(a | b, type(a | b).__name__)
print(b | a, type(b | a).__name__)
c = a
c |= {"z": 3}
print(c, type(c).__name__, c is a)


class Plain(dict):
    pass


p = Plain(k=1)
print(p | {"m": 2}, type(p | {"m": 2}).__name__, {"m": 2} | p, a | p, type(a | p).__name__, p | a, type(p | a).__name__)


class Sub(Config):
    def __ror__(self, other):
        print("Sub.__ror__")
        return "sub wins"


print(Config(q=1) | Sub(r=2))


class Declines(dict):
    def __or__(self, other):
        print("Declines.__or__")
        return NotImplemented


d = Declines(e=1)
print({"f": 2} | d)
try:
    d | {"f": 2}
except TypeError as e:
    print("TypeError:", e)
try:
    d | 5
except TypeError as e:
    print("TypeError:", e)


class InPlace(dict):
    def __ior__(self, other):
        print("InPlace.__ior__")
        self.update(other)
        self.update(extra=True)
        return self


i = InPlace(a=1)
i |= {"b": 2}
print(i)
d |= [("g", 3)]
print(d, type(d).__name__)


class SuperOr(dict):
    def __or__(self, other):
        return SuperOr(super().__or__(other))

    def __ior__(self, other):
        print("SuperOr.__ior__")
        return super().__ior__(other)


s = SuperOr(a=1)
print(s | {"b": 2}, type(s | {"b": 2}).__name__, dict.__or__({}, 1), dict.__ror__({"x": 1}, {"y": 2}))
s |= {"c": 3}
print(s, type(s).__name__)
