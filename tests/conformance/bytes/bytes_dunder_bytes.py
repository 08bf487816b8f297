# bytes.__bytes__ (new in 3.11) gives an exact bytes object itself; bytes(), %b and int.from_bytes call a class's own __bytes__
import sys

data = b"abc"
print(data.__bytes__() is data, sys.getrefcount(data), bytes.__bytes__(b"xy"), type(b"q".__bytes__()).__name__)


class Packet:
    def __bytes__(self):
        return b"\x01\x02"


class Broken:
    def __bytes__(self):
        return bytearray(b"no")


print(bytes(Packet()), b"<%b>" % Packet(), int.from_bytes(Packet(), "big"))
for attempt in [lambda: data.__bytes__(1), lambda: bytes.__bytes__(bytearray(b"a")), lambda: bytearray().__bytes__,
                lambda: bytes(Broken()), lambda: int.from_bytes(Broken(), "big"), lambda: b"%b" % Broken()]:
    try:
        print(attempt())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
