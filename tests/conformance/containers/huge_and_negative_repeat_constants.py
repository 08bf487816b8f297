# Repeating a constant sequence by a huge or negative count: empty ones fold, too-big counts raise at run time
import sys

def attempt(label, make):
    try:
        value = make()
        print(label, "->", repr(value)[:20], len(value))
    except (OverflowError, MemoryError) as e:
        print(label, "->", type(e).__name__, e)

attempt("() * 2**64", lambda: () * 2**64)
attempt("() * 2**62", lambda: () * 2**62)
attempt("() * -2**63", lambda: () * -2**63)
attempt("() * -2**63 - 1", lambda: () * (-2**63 - 1))
attempt("'' * 2**63", lambda: "" * 2**63)
attempt("'' * (2**63 - 1)", lambda: "" * (2**63 - 1))
attempt("b'' * 2**70", lambda: b"" * 2**70)
attempt("b'' * -7", lambda: b"" * -7)
attempt("(1,) * 2**62", lambda: (1,) * 2**62)
attempt("(1,) * 2**64", lambda: (1,) * 2**64)
attempt("'ab' * 2**62", lambda: "ab" * 2**62)
attempt("'ab' * -1", lambda: "ab" * -1)
attempt("2**64 * ()", lambda: 2**64 * ())
attempt("-3 * 'xy'", lambda: -3 * "xy")
attempt("(1, 2) * 128", lambda: (1, 2) * 128)
attempt("(1, 2) * 129", lambda: (1, 2) * 129)
attempt("'abc' * 1365", lambda: "abc" * 1365)
attempt("'abc' * 1366", lambda: "abc" * 1366)
print(() * 2**62 is (), "" * -5 is "")
print(sys.getrefcount((1, 2) * 2))
for label, make in [("b'ab' * 2**62", lambda: b"ab" * 2**62), ("bytearray(b'ab') * 2**62", lambda: bytearray(b"ab") * 2**62),
                    ("[1, 2] * 2**62", lambda: [1, 2] * 2**62), ("'x' * 2**63 - 1", lambda: "x" * (2**63 - 1)),
                    ("'\U0001F600' * 2**62", lambda: "\U0001F600" * 2**62), ("'\U0001F600' * 2", lambda: "\U0001F600" * 2)]:
    attempt(label, make)
s = "ab"
try:
    s *= 2**62
except OverflowError as e:
    print("s *=", e, s)
