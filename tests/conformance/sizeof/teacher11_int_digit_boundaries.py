# sys.getsizeof of ints across digit boundaries, negatives, bools and results of arithmetic
import sys
for e in [0, 1, 29, 30, 31, 59, 60, 61, 89, 90, 120, 300]:
    v = 2 ** e
    print(e, sys.getsizeof(v), sys.getsizeof(v - 1), sys.getsizeof(-v), sys.getsizeof(-v + 1))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(True + 0), sys.getsizeof(True + True))
print(sys.getsizeof(0), sys.getsizeof(-0), sys.getsizeof(int("0")), sys.getsizeof(int("-1")))
print(sys.getsizeof((2**30) - (2**30)), sys.getsizeof(2**60 // 2**40), sys.getsizeof(2**60 >> 31), sys.getsizeof(1 << 29))
print(sys.getsizeof(2**60 % 7), sys.getsizeof(-(2**60) % 7), sys.getsizeof(abs(-(2**61))), sys.getsizeof(~(2**30)))
print(sys.getsizeof(10**100), sys.getsizeof(int("9" * 50)))
print(sys.getsizeof(2**30 * 2**30), sys.getsizeof((2**31) * 0), sys.getsizeof(2**64 - 2**64 + 5))
print(sys.getsizeof(1.0), sys.getsizeof(float("inf")), sys.getsizeof(1j), sys.getsizeof(complex(1, 2)), sys.getsizeof(2**70 * 1.0))
print(sys.getsizeof(int(1e20)), sys.getsizeof(round(2.5)), sys.getsizeof(round(1e30)), sys.getsizeof(divmod(2**65, 3)[0]))
print((2**30).__sizeof__(), (0).__sizeof__(), (-1).__sizeof__(), True.__sizeof__())
print(sys.getsizeof(2**62 | 1), sys.getsizeof(2**62 & 3), sys.getsizeof(2**62 ^ 2**62), sys.getsizeof(pow(3, 40)), sys.getsizeof(pow(3, 40, 7)))
