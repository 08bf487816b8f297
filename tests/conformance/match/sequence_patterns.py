# Sequence patterns on lists, tuples, ranges and deques; str and bytes are never sequences; star captures make lists.
import sys
from collections import deque

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (1,), [1, 2], range(3), deque([1, 2, 3, 4]), "ab", b"ab", bytearray(b"ab"), {1, 2}, {"a": 1}, 5]:
    print(type(v).__name__, shape(v))

items = [1, 2, 3, 4, 5]
match items:
    case [*head, 5]:
        print(head, type(head).__name__, sys.getsizeof(head))
        print("head is a new list:", head is not items)
match items:
    case [1, *_, 5]:
        print("star wildcard: no list")
match items:
    case (a, b, *rest) if len(rest) == 3:
        print(a, b, rest, sys.getsizeof(rest))

nested = [(1, [2, 3]), (4, [5, 6])]
match nested:
    case [(a, [b, c]), (d, [e, f])]:
        print(a + b + c + d + e + f)
