# id and getsizeof of captured objects: captures are the same objects; *rest is a new list, **rest a new dict.
import sys

data = [10, [1, 2], (3, 4), "text", {"a": 1}]
match data:
    case [n, lst, tup, s, d]:
        print(lst is data[1], id(tup) == id(data[2]), s is data[3], d is data[4])
        print(sys.getsizeof(lst), sys.getsizeof(tup), sys.getsizeof(d))

match list(range(20)):
    case [0, *middle, 19]:
        print(len(middle), sys.getsizeof(middle))
match tuple(range(9)):
    case (*front, 7, 8):
        print(len(front), sys.getsizeof(front))
match range(100):
    case [first, *others]:
        print(first, len(others), sys.getsizeof(others))

def gen():
    yield from "abcdef"
mapping = {i: str(i) for i in range(12)}
match mapping:
    case {0: zero, 5: five, **remaining}:
        print(zero, five, len(remaining), sys.getsizeof(remaining), sys.getsizeof(mapping))
match {"only": 1}:
    case {**everything}:
        print(everything, sys.getsizeof(everything))
match {}:
    case {**nothing}:
        print(nothing, sys.getsizeof(nothing))
