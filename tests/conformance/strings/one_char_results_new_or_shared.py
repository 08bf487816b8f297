# A one-character result is the shared singleton when CPython slices or indexes, a new str when it maps case, replaces or writes an int's digits
import sys
g = chr(103); G = chr(71); one = chr(49)
new = {
    "upper": "g".upper() is G, "lower": "G".lower() is g, "swapcase": "G".swapcase() is g,
    "capitalize": "g".capitalize() is G, "title": "g".title() is G, "casefold": "G".casefold() is g,
    "replace": "z".replace("z", "g") is g, "str(int)": str(1) is one, "repr(int)": repr(1) is one,
    "f-string int": f"{1}" is one, "format(int)": format(1) is one,
}
shared = {
    "strip": " g ".strip() is g, "slice": "gz"[0:1] is g, "split": "g z".split()[0] is g, "iter": next(iter("gz")) is g,
    "list": list("gz")[0] is g, "partition": "gz".partition("z")[0] is g, "decode": b"g".decode() is g,
    "translate": "z".translate({122: "g"}) is g, "digit of hex": hex(1)[2] is one,
}
print([k for k, v in new.items() if v])
print([k for k, v in shared.items() if not v])
x = "a".upper()
print(sys.getrefcount(x))
y = str(7)
print(sys.getrefcount(y))
del x, y
print("".upper() is "", "".lower() is "", "ab".replace("ab", "") is "")
