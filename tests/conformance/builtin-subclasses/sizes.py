# sys.getsizeof of list and dict subclass instances: the builtin object plus __weakref__, the managed __dict__ pre-header and __slots__
import sys


class L(list):
    pass


class D(dict):
    pass


class NoDict(list):
    __slots__ = ()


class OneSlot(dict):
    __slots__ = ("tag",)


class SlotsAndDict(list):
    __slots__ = ("a", "b", "__dict__")


print(sys.getsizeof([]), sys.getsizeof(L()), sys.getsizeof(NoDict()), sys.getsizeof(SlotsAndDict()))
print(sys.getsizeof({}), sys.getsizeof(D()), sys.getsizeof(OneSlot()))
for n in (0, 1, 4, 9, 17):
    items = list(range(n))
    grown = L()
    for i in items:
        grown.append(i)
    extended = [0]
    extended.extend(L(items))
    added = [0]
    added += L(items)
    print(n, sys.getsizeof(L(items)), sys.getsizeof(list(items)), sys.getsizeof(grown), sys.getsizeof(list(L(items))), sys.getsizeof(L(L(items))))
    print(n, sys.getsizeof(extended), sys.getsizeof(added), sys.getsizeof([*L(items)]), sys.getsizeof(tuple(L(items))), sys.getsizeof(L(items) + L(items)))
for n in (0, 1, 5, 6, 11, 22):
    pairs = {str(i): i for i in range(n)}
    print(n, sys.getsizeof(D(pairs)), sys.getsizeof(dict(pairs)), sys.getsizeof(D(**pairs)), sys.getsizeof(dict(D(pairs))))
x = L([1, 2])
before = sys.getsizeof(x)
x.label = "x"
print(before, sys.getsizeof(x), sys.getsizeof(x.__dict__))
y = L()
print(sys.getsizeof(y.__dict__), y.__dict__)
y.a = 1
y.b = 2
print(sys.getsizeof(y.__dict__), y.__dict__)
o = OneSlot(k=1)
o.tag = "t"
print(sys.getsizeof(o), o.tag, o)
