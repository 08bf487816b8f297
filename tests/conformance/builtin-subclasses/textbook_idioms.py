# Textbook uses of list and dict subclasses: a queue, an attribute dict whose __dict__ is itself, fromkeys, unpacking, sorting and conversions
import sys


class Queue(list):
    def enqueue(self, item):
        self.append(item)

    def dequeue(self):
        return self.pop(0)


q = Queue()
for n in range(4):
    q.enqueue(n * n)
print(q.dequeue(), q.dequeue(), q, len(q))
first, second = q
print(first, second, tuple(q), set(q) == {4, 9}, [x * 2 for x in q], list(enumerate(q)), list(zip(q, "ab")))
print(sorted(q, reverse=True), list(reversed(q)), q.copy(), type(q.copy()).__name__, ", ".join(map(str, q)))
q.sort(key=lambda v: -v)
q.reverse()
print(q, q[::-1], type(q[::-1]).__name__, min(q), any(q), all(q))


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


a = AttrDict(x=1, y=2)
a.z = 3
print(a, a.x, a.z, a["z"], a.__dict__ is a, sys.getrefcount(a), vars(a) is a)
del a.x
print(a, hasattr(a, "x"))


class Ordered(dict):
    def __setitem__(self, key, value):
        print("setting", key)
        super().__setitem__(key, value)


o = Ordered.fromkeys("ab", 0)
print(o, type(o).__name__)
plain = dict.fromkeys("cd")
print(plain, type(plain).__name__)


class Matrix(list):
    def __init__(self, rows):
        super().__init__(Queue(row) for row in rows)

    def column(self, i):
        return [row[i] for row in self]

    def __str__(self):
        return "\n".join(" ".join(str(v) for v in row) for row in self)


m = Matrix([[1, 2], [3, 4]])
print(m)
print(m.column(1), repr(m), type(m[0]).__name__)
d = {"key": Queue([1])}
d.update(AttrDict(other=Queue([2])))
print(d, dict(AttrDict(p=1)), {**AttrDict(q=2)})


def keywords(**kw):
    return kw


print(keywords(**AttrDict(r=3)))
x, *rest = Queue("xyz")
print(x, rest)
