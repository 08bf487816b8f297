# Str sizes depend on length and on the widest character: ASCII, Latin-1, UCS-2, UCS-4.
import sys

for text in ["", "a", "hello", "x" * 100, "é", "café", "ñandú", "€", "日本語", "😀", "a😀"]:
    print(len(text), sys.getsizeof(text))
