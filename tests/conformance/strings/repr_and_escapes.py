# repr of strings picks quotes and escapes special characters.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(repr("\x00\x7f"), repr("é"), repr("\u200b"))
print(str(42) + "!", repr(3.0), repr([1, "a", None]))
