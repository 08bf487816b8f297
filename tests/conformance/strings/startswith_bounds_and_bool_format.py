# str.startswith/endswith take start and end (code point indices) and check their arguments as CPython; format() of a bool with a non-empty spec formats it as an int.
print(repr(format(True, '')), repr(format(True, '>6')), repr(format(True, '<')), repr(format(True, 'd')), repr(f'{True:5}'), repr(f'{False:x}'), repr(f'{True:^7.2f}'), "%s %d %r" % (True, True, False))
print("{:>5}|{}|{!s:>6}".format(True, False, True))
print("abc".startswith("b", 1), "abc".startswith("a", 1), "abc".endswith("b", 0, 2), "abc".endswith("c", 0, 2), "abc".startswith(("x", "bc"), 1))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", -1), "a😀b".startswith("b", 2), "a😀b".endswith("😀", 0, 2), "abc".startswith("a", None, None))
for args in ((1,), ((1,),), ("a", "x"), ("a", 0, 2), ("a", None, None), (), ("a", 1, 2, 3)):
    for name in ("startswith", "endswith"):
        try:
            print(name, getattr("abc", name)(*args))
        except TypeError as e:
            print(name, "TypeError:", e)
print("abc".find("c", None), "abc".find("b", -2), "abcabc".rfind("a", 0, 4), "abc".count("", 1))
try:
    "abc".find("a", "x")
except TypeError as e:
    print(e)
