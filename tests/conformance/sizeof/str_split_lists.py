# str.split and rsplit preallocate up to 12 items (stringlib's MAX_PREALLOC) and append past that;
# splitlines appends from an empty list. Also rsplit on whitespace with maxsplit, and splitlines' boundaries.
import sys
cases = [
    "a b".split(), "a,b".split(",", 1), "".split(), " ".join(["x"] * 13).split(), "a\nb".splitlines(),
    "abc".split(), "a b c".rsplit(None, 1), "a b".partition(" "), ",".join("abcdefghijklmnop").split(","),
    "a,b,c".rsplit(","), "x".splitlines(), "".splitlines(), "a\nb\nc\nd\ne".splitlines(True), "a b c d".split(" ", 2),
    list("hello"), "a b".rpartition(" "), "hello world".split("o"),
]
print([sys.getsizeof(c) for c in cases])
print("a b c".rsplit(None, 1), "  a  b  c  ".rsplit(maxsplit=1), "a,b,c".rsplit(",", 1), "a b c".rsplit())
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines(), "a\nb\r\n".splitlines(keepends=True), "x\n".splitlines(), "".splitlines())
print(" a  b ".split(None, 1), "a b".split(maxsplit=0), "abc".rsplit(None, 0))
