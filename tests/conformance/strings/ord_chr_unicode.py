# ord and chr for ASCII and beyond, and len counts code points.
for ch in ["A", "z", "0", "é", "€", "😀"]:
    print(ch, ord(ch), len(ch))
print(chr(65), chr(0x263A), chr(97 + 25))
print([ord(c) - ord("a") for c in "hello"])
print("".join(chr(ord(c) + 1) for c in "HAL"))
