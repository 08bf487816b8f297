# split() and strip() without arguments use Python's whitespace (U+001C-U+001F, U+0085, U+3000, not U+FEFF), and strip's chars are whole characters, astral ones too
s = "d\x1ce"
print(s.split(), "a\x1cb".split(), "\x1c".isspace(), "d\x1ce f".split(), "a\x1db\x1ec\x1fd".split(), "x\x1c".strip(), "a\x85b".split(), "a\u3000b".split())
print("d\x1ce".split(None, 1), "d\x1ce".rsplit())
print("a\ufeffb".split(), "a\ufeff b".rsplit(None, 1), " a \x1f b \x85".split(None, 1), " a \x1f b \x85".rsplit(None, 1), "a\u00a0b\u2028c".split())
print(repr("\u3000x\x1c\x85".strip()), repr("😀a😀".strip("😁")), repr("😀a😁".lstrip("😁")), repr("😀a😁".rstrip("😁😀")), repr("\ufeffx".strip()), repr("\xa0y\t".lstrip()))
