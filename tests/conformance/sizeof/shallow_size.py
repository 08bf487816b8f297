# getsizeof is shallow: a list of big strings is no bigger than a list of small ints.
import sys

small = [1, 2, 3]
big = ["x" * 1000, "y" * 1000, "z" * 1000]
print(sys.getsizeof(small) == sys.getsizeof(big))
print(sys.getsizeof(big[0]))
nested = [[1, 2, 3] * 100]
print(sys.getsizeof(nested), sys.getsizeof(nested[0]))
