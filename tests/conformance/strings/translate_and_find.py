# str.maketrans and translate, format_map, expandtabs, casefold and the find family with start and end.
print(str.maketrans({"a": "b", 98: None, "c": 120}), str.maketrans("ab", "xy", "z"))
for args in [(1,), ({"ab": 1},), ("ab", "c"), ({1: 2}, "x"), ("a", "b", 3), ({1.5: 1},)]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("abc".translate({97: "XY", 98: None}), "abc".translate([None] * 98 + ["B"]), "abc".translate({97: 0x1F600}), "hello".translate(str.maketrans("lo", "01", "h")))
for table in [{97: 2**30}, {97: 1.5}]:
    try:
        print("abc".translate(table))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Defaulting:
    def __getitem__(self, key):
        return key.upper()


print("{a}-{b!r}".format_map({"a": 1, "b": "x"}), "{who} and {what}".format_map(Defaulting()))
try:
    "{z}".format_map({})
except KeyError as e:
    print("KeyError", e)
print("a\tbc\t\nd\te".expandtabs(), "x\ty".expandtabs(0), "x\ty".expandtabs(tabsize=2), "ß".casefold(), "é".isascii(), "a\n".isprintable(), "ab".isprintable())
print("abcabc".rindex("b"), "abcabc".find("c", 1, 3), "abcabc".rfind("a", 1), "aaa".count("a", None, 2), "abc".find("c", -1), "abc".count(""), "abcabc".index("c", 3))
for call in [lambda: "abc".rindex("z"), lambda: "abc".find(1), lambda: "abc".index("b", 2)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
