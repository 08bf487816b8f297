# Textbook classes built on list and dict: a typed list, a defaultdict with a factory attribute, a bidirectional dict, a tree of list nodes with parents and __del__, a bounded history with __slots__
import sys, gc, weakref

class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for item in items:
            self.append(item)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)

    def __setitem__(self, i, v):
        if not isinstance(v, self.kind):
            raise TypeError("bad")
        super().__setitem__(i, v)

t = TypedList(int, [1, 2, 3])
t.append(4)
try:
    t.append("x")
except TypeError as e:
    print(e)
t[0] = 10
print(t, t.kind, len(t), sys.getsizeof(t), sys.getrefcount(t))

class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

dd = DefaultDict(list)
dd["a"].append(1)
dd["b"].append(2)
dd["a"].append(3)
print(dd, len(dd), dd.factory is list, sys.getsizeof(dd))

class BiDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inverse = {v: k for k, v in self.items()}
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.inverse[v] = k
    def __delitem__(self, k):
        v = self[k]
        super().__delitem__(k)
        del self.inverse[v]

b = BiDict(one=1)
b["two"] = 2
del b["one"]
print(b, b.inverse)

class Node(list):
    def __init__(self, name, *children):
        super().__init__(children)
        self.name = name
        self.parent = None
        for c in children:
            c.parent = self
    def __repr__(self):
        return f"Node({self.name}, {len(self)})"
    def __del__(self):
        print("del", self.name)

root = Node("root", Node("a"), Node("b", Node("c")))
r = weakref.ref(root)
print(root, root[1][0].parent.parent is root)
del root
print("collected", gc.collect(), r())

class History(list):
    __slots__ = ("limit",)
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
    def add(self, x):
        self.append(x)
        if len(self) > self.limit:
            del self[0]

h = History(3)
for i in range(6):
    h.add(i)
print(h, h.limit, sys.getsizeof(h), hasattr(h, "__dict__"))
