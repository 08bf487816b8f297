# an exception raised inside __eq__ while list.index, in and remove compare
class Weird:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Weird):
            return self.v == other.v
        raise TypeError(f"cannot compare Weird with {type(other).__name__}")
    __hash__ = object.__hash__
items = [Weird(1), Weird(2)]
print(items.index(Weird(2)), Weird(1) in items)
for op in (lambda: items.index(3), lambda: 3 in items, lambda: items.remove(3), lambda: items.count(3), lambda: [3].index(Weird(1))):
    try:
        print(op())
    except TypeError as e:
        print(e)
print([1, 2, Weird(3)].index(Weird(3)))
print(items.count("x"))
