# splitlines with and without keepends over every line boundary
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True), "x".splitlines())
print("a\n\nb".splitlines(), "a\r\n".splitlines(True), "\r\r\n".splitlines(True))
print(b"a\nb\r\nc\x0bd\x85".splitlines(), b"a\r\nb".splitlines(keepends=True))
one = "single"
print(one.splitlines()[0] is one)
import sys
print(sys.getsizeof(s.splitlines()), sys.getsizeof("".splitlines()))
print("a\nb".split("\n"), "a\nb\n".split("\n"), "a b\n c".split())
