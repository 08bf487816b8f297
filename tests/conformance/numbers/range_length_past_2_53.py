# len() of a range past 2**53 items is exact, up to what fits a Py_ssize_t
r = range(0, 2**62, 3)
print(len(r), r[5], r[-1], 2**61 in r, r.count(3), r.index(9))
print(len(range(2**52)), len(range(-2**60, 2**60, 7)), len(range(2**63 - 1)))
try:
    len(range(2**64))
except OverflowError as e:
    print(e)
try:
    len(range(2**63))
except OverflowError as e:
    print(e)
