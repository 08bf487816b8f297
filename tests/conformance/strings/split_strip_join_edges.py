# str.split and rsplit with maxsplit, strip with chars, join of many kinds, and sizes of results
import sys
s = "  a,b,,c  "
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(), s.strip().split(","), s.split(maxsplit=0))
print("a b  c".split(" "), "a b  c".split(None, 1), "a b  c".rsplit(None, 1), " x ".split(" "), "".split(","), "".split())
print("a\tb\nc\x0bd\x1ce".split(), "1-2-3".rsplit("-", maxsplit=1), "1-2-3".split("-", -1), "aaa".split("a"))
print(s.strip(" ,"), s.lstrip(" a"), s.rstrip("c "), "xxhixx".strip("x"), "hi".strip(""), "  ".strip(), "abc".strip("cba"))
print(",".join(["a"]), ",".join([]), ",".join("abc"), ",".join(("x", "y")), ",".join({"k": 1}), "".join(map(str, range(5))))
print(sys.getsizeof(",".join(["ab", "cd"])), sys.getsizeof("é".join(["a", "b"])), sys.getsizeof("".join([])), sys.getsizeof(" ".split()))
print(sys.getsizeof("a,b,c".split(",")), sys.getsizeof("a b c d e f g h i j k l".split()), sys.getsizeof("x".split(",")))
one = "single"
print(one.split(",")[0] is one, "".join([one]) is one, one.strip() is one, one.lstrip("z") is one, " ".join([one, ""]) is one)
print("Hello World".swapcase(), "hello world".capitalize(), "ABC".lower().upper(), "a1!".isalnum(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("x".isidentifier(), "1x".isidentifier(), "class".isidentifier(), " ".isspace(), "".isspace(), "\t\n".isspace(), "Ab".isascii(), "é".isascii())
print("abc".startswith(""), "".startswith(""), "abc".endswith("c", -1), "abc"[::-1], "abc"[-10:10], "abcdef"[1:5:2], "abc" * 0, "ab" * -1)
print(repr("tab\there"), repr("quote'"), repr('both\'"'), repr("\x00\x7f\x80\xff\u0100\U0001F600"), ascii("é€😀"), str("a\nb"))
