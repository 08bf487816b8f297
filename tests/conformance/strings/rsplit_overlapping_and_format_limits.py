# str() without an object is '' whatever encoding or errors say; a float precision past a C int is 'precision too big'; rsplit finds overlapping separators from the right, as str, bytes and bytearray do.
print(repr(str(encoding="utf-8")), repr(str(errors="strict")))
try: format(1.5, ".2147483648f")
except ValueError as e: print(e)
try: "%.2147483648f" % 1.0
except ValueError as e: print(e)
try: format(1.5+2j, ".2147483648f")
except ValueError as e: print(e)
print("aaa".rsplit("aa"), "aaaaa".rsplit("aa"), "abababa".rsplit("aba", 1), b"aaa".rsplit(b"aa"), "a,b,,c".rsplit(",", 1), "x".rsplit("x"))
