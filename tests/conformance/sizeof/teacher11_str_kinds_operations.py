# sizes of strs of each kind after slicing, joining, repetition, f-strings and case changes
import sys
samples = ["", "a", "abc", "é", "café", "Ω", "ΩΩΩ", "😀", "a😀", "日本語", "\x7f", "\x80", "\xff", "\u0100", "\uffff", "\U00010000"]
for s in samples:
    print(repr(s), sys.getsizeof(s), sys.getsizeof(s * 3), sys.getsizeof(s[1:]), sys.getsizeof(s.upper()), sys.getsizeof(s.lower()))
mixed = "abc" + "é" + "Ω" + "😀"
for i in range(len(mixed) + 1):
    print(i, sys.getsizeof(mixed[:i]), sys.getsizeof(mixed[i:]))
print(sys.getsizeof("".join(["a", "é"])), sys.getsizeof("-".join(["Ω", "a"])), sys.getsizeof("x".join([])))
n = 7
print(sys.getsizeof(f"{n}"), sys.getsizeof(f"{n}é"), sys.getsizeof(f"{'Ω'}{n}"), sys.getsizeof(f"{n:>10}"), sys.getsizeof(f"{3.5}"))
print(sys.getsizeof("ß".upper()), sys.getsizeof("ﬁ".upper()), sys.getsizeof("İ".lower()), sys.getsizeof("ǅ".title()))
print(sys.getsizeof("abc".encode()), sys.getsizeof("é".encode()))
print(sys.getsizeof(str(10**20)), sys.getsizeof(repr(1.5)), sys.getsizeof(repr("é")), sys.getsizeof(ascii("é")))
print(sys.getsizeof("a" * 0), sys.getsizeof("é" * 0), sys.getsizeof("abc"[5:]), sys.getsizeof("é"[0:0]))
print(sys.getsizeof("x".center(9, "é")), sys.getsizeof("é".center(9)), sys.getsizeof("Ω".ljust(4, "a")))
print(sys.getsizeof("é".strip()), sys.getsizeof(" é ".strip()), sys.getsizeof("aéa".strip("a")), sys.getsizeof("Ωa".lstrip("Ω")))
print(sys.getsizeof("aΩb".replace("Ω", "x")), sys.getsizeof("aéb".replace("é", "")), sys.getsizeof("ab".replace("a", "😀")))
print([sys.getsizeof(p) for p in "aΩ b😀 c".split()])
print(sys.getsizeof("é".casefold()), sys.getsizeof("ÉCOLE".swapcase()), sys.getsizeof("ﬀ".casefold()))
