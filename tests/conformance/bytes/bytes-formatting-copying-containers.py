# bytes: formatting, copying, gc views and bytes in containers
import copy, gc, sys
b = b"data"
print(format(b), f"{b!s:>12}|", "%s %r" % (b, b), "{0!r:^14}".format(b))
try:
    format(b, "10")
except TypeError as e:
    print(e)
print(copy.copy(b) is b, copy.deepcopy(b) is b, gc.get_referents(b), gc.is_tracked(b))
pairs = {b"a": [1], b"b": (2,)}
print(sorted(pairs), [k for k in pairs], b"".join(sorted([b"z", b"y"])))
print(isinstance(b, (str, bytes)), bytes.__name__, type(b) is bytes, issubclass(bytes, object))
words = b"the quick brown fox".split()
print(len(words), sys.getsizeof(words[0]), max(words), min(words, key=len))
print(b"%s" if False else b, list(map(len, words)), [w.upper() for w in words if w.startswith(b"q")])
x = bytes(range(5))
print(x, x[1:-1], x[-2], x[::-2], bytes(reversed(x)), sum(x), any(x), all(x))
print(hash(b"abc") == hash("abc"), hash(b"x") == hash(b"x"), {b"k": 1}.get(b"k"), {b"a", b"a"} == {b"a"})
print(b"a" < b"b" < b"c", b"abc" <= b"abd", b"" >= b"", (b"a", 1) < (b"a", 2))
e = "naïve café".encode()
print(e, len(e), e.decode("utf-8"), e.decode("latin-1"), e.decode("ascii", "replace"))
del b
print(sys.getrefcount(x))
