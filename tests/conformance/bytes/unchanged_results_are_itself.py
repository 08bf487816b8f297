# bytes methods and slices that change nothing return the bytes object itself (a whole slice, replace/translate with nothing to do, a split with nothing to split, a join of one bytes item); bytearray ones always copy
import sys
b = bytes([104, 105, 32, 116, 104, 101, 114, 101])
print(sys.getrefcount(b))
print(b[:] is b, b[0:] is b, b[:100] is b, b[::1] is b, b[::-1][::-1] is b, b[1:] is b)
print(b.replace(b"x", b"y") is b, b.replace(b"h", b"j", 0) is b, b.replace(b"", b"") is b, b.replace(b"h", b"h") is b, b"".replace(b"", b"A"))
print(b.translate(None) is b, b.translate(bytes(range(256))) is b, b.translate(None, b"z") is b, b.translate(None, b"h") is b)
print(b.split(b"x")[0] is b, b.split()[0] is b, b"word".split()[0] == b"word", b"word".split(None, 0), b" word".split()[0], b.rsplit(b"x")[0] is b)
print(b"".join([b]) is b, b"-".join([b]) is b, b"".join([b, b""]) is b, b"".join([bytearray(b)]) is b, bytearray(b"-").join([b]))
word = bytes([119, 111, 114, 100])
print(word.split()[0] is word, word.split(None, 0)[0] is word, word.split(b"x", 0)[0] is word, word.rsplit()[0] is word)
ba = bytearray(b)
print(ba[:] is ba, ba.replace(b"x", b"y") is ba, ba.translate(None) is ba, ba.split(b"x")[0] is ba, type(ba.split(b"x")[0]).__name__)
kept = [b[:], b.replace(b"x", b"y"), b"".join([b])]
print(sys.getrefcount(b))
del kept
print(sys.getrefcount(b))
print(word.splitlines()[0] is word, (word + b"\n").splitlines()[0] == word, b.splitlines(True)[0] is b)
print(sys.getsizeof(b"a b".split()), sys.getsizeof(word.split()), sys.getsizeof(b"a,b,c".split(b",", 1)), sys.getsizeof(b"a\nb".splitlines()), sys.getsizeof(bytes(range(40)).split(b"\x03")))
print(sys.getsizeof(b",".join([b"x"] * 20).split(b",")), sys.getsizeof(b"".splitlines()), sys.getsizeof(b"\n".join([b"x"] * 9).splitlines()))
empty = b * 0
nothing = bytes()
print(empty is nothing, len(empty), sys.getsizeof(empty), b * 1 is b, nothing * 5 is nothing, (b * -2) is nothing, 1 * b is b, (word * 2).split(word)[1] is nothing)
