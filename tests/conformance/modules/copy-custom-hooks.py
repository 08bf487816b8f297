# __copy__, __deepcopy__(memo), __getstate__/__setstate__ and __reduce__ decide how an object is copied.
import copy
import sys

class Config:
    def __init__(self, values):
        print("Config.__init__")
        self.values = values

    def __copy__(self):
        print("__copy__")
        return Config(self.values)

    def __deepcopy__(self, memo):
        print("__deepcopy__ sees", len(memo), "memo entries")
        return Config(copy.deepcopy(self.values, memo))

cfg = Config([1, 2])
c1 = copy.copy(cfg)
c2 = copy.deepcopy(cfg)
print("copy shares:", c1.values is cfg.values, "deepcopy does not:", c2.values is not cfg.values)
wrapped = copy.deepcopy([cfg, cfg])
print("memo shares the copy:", wrapped[0] is wrapped[1])

class Session:
    def __init__(self):
        print("Session.__init__")
        self.user = ["ada"]
        self.cache = {"big": [0] * 3}

    def __getstate__(self):
        print("__getstate__")
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("__setstate__ with", sorted(state))
        self.__dict__.update(state)
        self.cache = {}

s = Session()
s1 = copy.copy(s)
print("copy:", s1.user is s.user, s1.cache)
s2 = copy.deepcopy(s)
print("deepcopy:", s2.user is not s.user, s2.user, s2.cache)
print("user count:", sys.getrefcount(s.user))

class Point:
    def __init__(self, x, y):
        print("Point.__init__", x, y)
        self.x = x
        self.y = y

    def __reduce__(self):
        return (Point, (self.x, self.y))

p = Point(1, [2])
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
print("reduce:", p1.y is p.y, p2.y is not p.y, p2.y)

class Method:
    def get(self):
        return self

m = Method()
bound = copy.deepcopy(m.get)
print("deepcopied method's self is a copy:", bound.__self__ is not m, type(bound.__self__).__name__)
print("copied method's self is m:", copy.copy(m.get).__self__ is m)
