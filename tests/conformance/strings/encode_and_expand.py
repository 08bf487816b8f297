# Translate tables, expandtabs and str methods that take iterables.
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
print("a\tb\tc".expandtabs(4))
print(",".join(map(str, range(5))))
print("Hello".casefold(), "hello world".title().replace(" ", ""))
print("x".join("abc"))
