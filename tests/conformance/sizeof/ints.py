# getsizeof of ints grows by 4 bytes per 30-bit digit.
import sys

for value in [0, 1, 255, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, 10**100, -5, -2**40]:
    print(value if value < 10**20 else "big", sys.getsizeof(value))
