# enumerate counts exactly from a start past 2**53; sum() refuses a bytes or bytearray start as it refuses a str
import sys
e = enumerate("abc", 2**53 - 1)
print(list(e))
print(list(enumerate("ab", -2**70)), list(enumerate("ab", start=2**64)))
class I:
    def __index__(self):
        return 2**60
print(list(enumerate("xy", I())))
for s in (b"", bytearray(), "", [], ()):
    try:
        print(sum([], s))
    except TypeError as e:
        print(e)
