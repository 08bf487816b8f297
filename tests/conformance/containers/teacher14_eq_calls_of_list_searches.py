# list.remove, index, count and `in` call __eq__ item by item; sort with a key makes one key per item
import sys
calls = []
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        calls.append((self.rank, getattr(other, 'rank', other)))
        return isinstance(other, Card) and self.rank == other.rank
    def __lt__(self, other):
        calls.append(('lt', self.rank, other.rank))
        return self.rank < other.rank
    __hash__ = None
    def __repr__(self):
        return f'C{self.rank}'

hand = [Card(5), Card(2), Card(9), Card(2)]
print(Card(9) in hand, calls); calls.clear()
print(hand.index(Card(2)), calls); calls.clear()
print(hand.count(Card(2)), calls); calls.clear()
hand.remove(Card(2))
print(hand, calls); calls.clear()
target = hand[0]
print(target in hand, calls); calls.clear()
hand.sort()
print(hand, calls); calls.clear()
keys_made = []
def rank_key(c):
    k = (-c.rank, c)
    keys_made.append(sys.getrefcount(c))
    return k
print(sorted(hand, key=rank_key), keys_made, len(calls)); calls.clear()
print(max(hand), min(hand), calls); calls.clear()
try:
    hash(hand[0])
except TypeError as e:
    print('TypeError', e)
try:
    hand.remove(Card(99))
except ValueError as e:
    print('ValueError', e, len(calls))
print(hand == [Card(2), Card(5), Card(9)], len(calls))
