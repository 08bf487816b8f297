# strip, padding and alignment helpers.
s = "  padded  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"))
print(repr("7".zfill(3)), repr("-7".zfill(4)))
print(repr("ab".center(6, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)))
print("www.example.com".removeprefix("www."), "report.txt".removesuffix(".txt"))
