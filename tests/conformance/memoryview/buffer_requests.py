# A view with gaps or a released view: consumers that want plain bytes refuse it (each with its own error), bytes() and %b copy any layout
from array import array

gapped = memoryview(b"abcd")[::2]
released = memoryview(b"ab")
released.release()
consumers = {
    "bytes": lambda o: bytes(o),
    "bytearray": lambda o: bytearray(o),
    "extend": lambda o: bytearray(b"x").extend(o),
    "join": lambda o: b"-".join([o, o]),
    "concat": lambda o: b"x" + o,
    "bytearray concat": lambda o: bytearray(b"x") + o,
    "int": lambda o: int(o),
    "float": lambda o: float(o),
    "str": lambda o: str(o, "latin-1"),
    "find": lambda o: b"xacx".find(o),
    "in": lambda o: o in b"xacx",
    "startswith": lambda o: b"ac".startswith(o),
    "percent": lambda o: b"%b" % o,
    "frombytes": lambda o: array("b").frombytes(o),
    "strip": lambda o: b"cab".strip(o),
    "maketrans": lambda o: len(bytes.maketrans(o, o)),
    "memoryview": lambda o: memoryview(o).tobytes(),
}
for label, view in [("gapped", gapped), ("released", released)]:
    for name, consume in consumers.items():
        try:
            print(label, name, repr(consume(view)))
        except Exception as e:
            print(label, name, type(e).__name__, e)

wide = memoryview(array("i", [1]))
flat = bytearray(b"\x01\x00\x00\x00")
print(flat == wide, wide == flat, flat < wide, wide <= flat, flat != wide, wide != flat)
print(bytearray(b"ac") == gapped, gapped == bytearray(b"ac"))
try:
    print(bytearray(b"ac") < gapped)
except TypeError as e:
    print(e)
