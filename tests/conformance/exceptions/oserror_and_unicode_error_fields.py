# OSError's fields (errno, strerror, filename, filename2), args of 2 to 5 arguments, str() forms and the subclass its errno picks; the UnicodeErrors' fields, argument checks and messages, from a codec too.
import sys


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for args in [(), ("message",), (2, "No such file"), (2, "No such file", "a.txt"), (2, "x", "a", None, "b"), (1, 2, 3, 4, 5, 6), (13, "denied"), (99, "odd"), (2, "x", None)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2, sys.getsizeof(e))
e = OSError(2, "gone", "f")
e.errno = 7
e.filename2 = "g"
print(e, e.args, repr(e))


class AppError(OSError):
    pass


print(type(AppError(2, "x")).__name__, AppError(2, "x", "f").args, str(AppError(2, "x", "f")))
attempt("keywords", lambda: OSError(2, "x", filename="f"))
print(repr(PermissionError(1, "no")), ConnectionError(104, "reset").errno, type(OSError(104, "reset")).__name__, type(OSError(11, "again")).__name__)
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as caught:
    print(type(caught).__name__, caught.errno, caught.filename, caught)

for a in [("utf-8", b"ab", 0, 1, "bad"), ("utf-8", b"ab", 0, 2, "bad"), ("utf-8", b"ab", 5, 9, "bad"), ("utf-8", bytearray(b"ab"), 0, 1, "r")]:
    u = UnicodeDecodeError(*a)
    print(repr(str(u)), u.object, repr(u), u.args, sys.getsizeof(u))
for a in [("ascii", "é", 0, 1, "r"), ("ascii", "ab", 0, 2, "r"), ("ascii", "ab", 3, 4, "r"), ("ascii", "\u20ac", 0, 1, "r"), ("ascii", "\U0001f600", 0, 1, "r")]:
    print(repr(str(UnicodeEncodeError(*a))))
for bad in [(1, b"", 0, 0, "r"), ("a", "s", 0, 0, "r"), ("a", b"", 0, 0, 1), ("a", b"", "x", 0, "r"), ()]:
    attempt("decode error arguments", lambda: UnicodeDecodeError(*bad))
attempt("encode error arguments", lambda: UnicodeEncodeError("a", b"x", 0, 1, "r"))
attempt("keywords", lambda: UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad", x=1))
u = UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad")
u.reason = "changed"
u.start = 1
print(str(u), u.args)
t = UnicodeTranslateError("abc", 0, 1, "r")
print(t, t.encoding, t.object, t.args)
print(UnicodeError("plain"), UnicodeError("a", "b"), sys.getsizeof(UnicodeError()))
try:
    "a€b".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.object, e.start, e.end, e.reason, e.encoding, e.args)
try:
    b"ab\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.object, e.start, e.end, e.reason, e.encoding, e)
try:
    str(b"\x80\x81", "ascii")
except UnicodeError as e:
    print(type(e).__name__, e.args, e)
try:
    "é".encode("ascii")
except ValueError as e:
    print(repr(e))
