# int and float methods: bit_length, bit_count, conjugate, is_integer and exact as_integer_ratio.
import sys
for n in (0, 1, 255, 256, -1024, 2**100, True):
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio())
for x in (0.0, 2.5, -0.75, 0.1, 1e300, 5e-324, 3.0):
    print(x, x.is_integer(), x.as_integer_ratio(), x.conjugate())
for bad in (float("nan"), float("inf")):
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
big = int("1" + "0" * 30)
ratio = big.as_integer_ratio()
print(ratio[0] is big, sys.getrefcount(big))
print(int.bit_length(1000), float.is_integer(2.0))
