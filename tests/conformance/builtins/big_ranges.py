# Ranges past 2**53 and past a C long: exact lengths (OverflowError past sys.maxsize), items, membership, iteration (longrange_iterator) and reversal
import sys

huge = range(2**70)
print(huge[5], huge[-1] == 2**70 - 1, 2**69 in huge, huge.count(3), bool(huge), huge.index(7))
try:
    print(len(huge))
except OverflowError as e:
    print("OverflowError:", e)
try:
    huge[2**70]
except IndexError as e:
    print("IndexError:", e)
sparse = range(0, 2**64, 2**40)
print(len(sparse), sparse[-1], sparse[-1] in sparse, sparse.index(2**41))
print(range(5, 2**70, 7)[3], range(-2**60, 0)[0], bool(range(2**60, 2**60)))
print(list(range(2**60, 2**60 + 3)), sum(range(2**60, 2**60 + 3)))
print(list(reversed(range(2**60, 2**60 + 2))), list(reversed(range(10**20, 10**20 + 3, 2))))
for name, r in [("long", range(10**20)), ("wide", range(2**60)), ("small", range(5))]:
    it = iter(r)
    print(name, type(it).__name__, next(it), next(it), sys.getsizeof(it))
for i in range(10**20, 10**20 + 30, 10):
    print(i)
