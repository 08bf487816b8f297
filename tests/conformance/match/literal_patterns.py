# Literal patterns: ints, negative numbers, complex literals, strings, None/True/False (compared with == or is), OR.
def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1 | -2:
            return "minus one or two"
        case 1.5:
            return "one and a half"
        case 1+2j | -3-4j:
            return "complex"
        case "a" "b":
            return "ab"
        case b"raw":
            return "bytes"
        case "x" | "y" | "z":
            return "letter"
        case _:
            return "other"

for v in [None, True, False, 0, 0.0, -1, -2, 1.5, 1+2j, -3-4j, "ab", b"raw", "y", 1, 1.0, "q"]:
    print(repr(v), "->", kind(v))

class Loose:
    def __eq__(self, other):
        print("Loose.__eq__ with", repr(other))
        return other == 3

match Loose():
    case 1:
        print("one")
    case 3:
        print("three")
