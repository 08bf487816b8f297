# list == and < hold both items of each pair while __eq__ runs (and let go of the left one first), dict == holds both values and the key, deque walks its iterators; tuples hold nothing
import sys
from collections import deque


class Item:
    def __init__(self, equal):
        self.equal = equal

    def __eq__(self, other):
        print("eq", sys.getrefcount(self), sys.getrefcount(other))
        return self.equal

    def __ne__(self, other):
        print("ne", sys.getrefcount(self), sys.getrefcount(other))
        return not self.equal

    def __lt__(self, other):
        print("lt", sys.getrefcount(self), sys.getrefcount(other))
        return True


a, b = Item(True), Item(True)
print([a] == [b], [a] != [b], [a] < [b], [a, 1] < [b], [1, a] == [1, b])
print("lengths differ:", [a] == [b, 1], [a] != [b, 1], [a] < [b, 1])
print(sorted([[a], [b]]) == [[a], [b]])
print({1: a} == {1: b}, {1: a} != {1: b}, {"x": a} == {"x": b}, {1: a} == {2: b})
print((a,) == (b,), (a,) < (b,))
print(deque([a]) == deque([b]), deque([a]) < deque([b]), deque([a]) < deque([b, 1]))
print([a].index(b), [a].count(b), b in [a], a in (b,))

f, g = Item(False), Item(False)
print([f] < [g], [f] == [g], [f] != [g])
print((f,) < (g,))
print(deque([f]) < deque([g]), deque([f]) == deque([g]), deque([f]) != deque([g]))
print({1: f} != {1: g})


class Key:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("key eq", sys.getrefcount(self), sys.getrefcount(other))
        return True


print({Key(): a} == {Key(): b})


class Taker:
    # Its __eq__ empties both lists: list_richcompare's own references keep the pair alive meanwhile.
    def __eq__(self, other):
        left.clear()
        right.clear()
        print("taken", sys.getrefcount(self), sys.getrefcount(other))
        return True


left, right = [Taker(), 1], [Taker(), 1]
print(left == right, left, right)


class Noisy(Taker):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


left, right = [Noisy("left"), 1], [Noisy("right"), 1]
print(left == right)
