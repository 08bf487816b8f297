# Class patterns on builtins: int(x), str(s), list(l)... match the subject itself; bool is an int; subclasses inherit it.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case bytearray(b):
            return f"bytearray {b}"
        case complex():
            return "complex"
        case _:
            return "other"

class MyList(list):
    pass

class Tagged(list):
    __match_args__ = ("tag",)
    tag = "t"

for v in [True, 3, 2.5, "s", b"b", [9, 8], (1, 2), {"k": 1}, {1, 2}, frozenset(), bytearray(b"x"), 1j, MyList([7]), None]:
    print(kind(v))

match Tagged([1]):
    case Tagged(t):
        print("own __match_args__ wins over matching itself:", t)
match MyList([1, 2]):
    case MyList(whole):
        print("inherited self match:", whole, type(whole).__name__)

match 5:
    case int(real=r, imag=i):
        print("keywords on int:", r, i)
