# The codecs' error handlers of Python/codecs.c: ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape and surrogatepass, each where it applies (encoding or decoding, which codec) and the original error where it does not; an unknown name is a LookupError only when an error needs it.
cases = ["é€😀", "abc", "a\udc80b", "\ud800x"]
for h in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "bogus"):
    for enc in ("ascii", "latin-1", "utf-8"):
        for t in cases:
            try:
                print(h, enc, repr(t), t.encode(enc, h))
            except (UnicodeError, LookupError, TypeError) as e:
                print(h, enc, repr(t), type(e).__name__, e)
data = [b"a\xffb", b"\xe9t\xe9", b"\xed\xa0\x80z", b"\xed\xa0", b"\xf0\x9f\x98", b"ok"]
for h in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "bogus"):
    for enc in ("ascii", "latin-1", "utf-8"):
        for b in data:
            try:
                print(h, enc, b, repr(b.decode(enc, h)))
            except (UnicodeError, LookupError, TypeError) as e:
                print(h, enc, b, type(e).__name__, e)
print(bytes("x", "utf-8", "bogus"))
