# Members hash by their name and work as dict keys and set items
from enum import Enum

class Suit(Enum):
    HEARTS = 'h'
    SPADES = 's'

counts = {Suit.HEARTS: 2, Suit.SPADES: 5}
print(counts[Suit.HEARTS], counts[Suit('s')], Suit.HEARTS in counts)
print(hash(Suit.HEARTS) == hash('HEARTS'), hash(Suit.SPADES) == hash(Suit['SPADES']))
seen = {Suit.HEARTS, Suit.HEARTS, Suit.SPADES}
print(len(seen), sorted(s.name for s in seen))
print({s: s.value for s in Suit})
by_value = {s.value: s for s in Suit}
print(by_value['h'] is Suit.HEARTS)
