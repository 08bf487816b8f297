# common misuse of builtin methods and operators, each message as python3 words it
tests = [
    lambda: list.append((1,), 2), lambda: str.upper(), lambda: str.upper(5), lambda: int.bit_length("a"),
    lambda: dict.get([], 1), lambda: list.append([]), lambda: str.join(",", "a", "b"), lambda: range("5"),
    lambda: len(5), lambda: len(None), lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"),
    lambda: "%z" % 1, lambda: "%(k)s" % 5, lambda: "%(k)s" % {}, lambda: format(None, ">5"), lambda: f"{None:>5}",
    lambda: "{:d}".format("x"), lambda: "{0} {1}".format(1), lambda: "{a}".format(b=1), lambda: "{} {0}".format(1, 2),
    lambda: "abc".split(""), lambda: "abc".split(None, "1"), lambda: "a".replace("a", 1), lambda: "a".strip(1),
    lambda: [].sort(key=1), lambda: sorted([2, 1], key=lambda: 0), lambda: list(map(lambda x, y: x, [1])),
    lambda: list(filter(None, 5)), lambda: iter(5), lambda: next([]), lambda: reversed({1: 2}.items()) and None,
    lambda: reversed(5), lambda: reversed({1}), lambda: divmod("a", 2), lambda: pow(2, 3, 0), lambda: pow(2, -1, 5),
    lambda: pow(2.0, 3, 5), lambda: pow(0, -1), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: (-8) ** (1 / 3) and None,
    lambda: int("3.0"), lambda: float([]), lambda: complex("1+"), lambda: bool(1, 2), lambda: str(b"a", "nope"),
    lambda: bytes("abc"), lambda: bytes([300]), lambda: bytes(-1), lambda: bytearray("x"), lambda: "é".encode("ascii"),
    lambda: b"\xff".decode(), lambda: chr(0x110000), lambda: ord(b"ab"), lambda: isinstance(1, (int, 5)),
    lambda: issubclass(1, int), lambda: issubclass(int, [int]), lambda: getattr(1, 2), lambda: hasattr(1, None),
    lambda: setattr(object(), "x", 1), lambda: object().__dict__, lambda: delattr(1, "real"), lambda: vars(1),
    lambda: super(), lambda: type(1, 2), lambda: type("X", (1,), {}), lambda: type("X", (), []),
    lambda: slice(1, 2, 3, 4), lambda: [1, 2][1:2:0], lambda: "ab" * "c", lambda: [1] * 1.5, lambda: -"a",
    lambda: ~1.5, lambda: not_a_name, lambda: 1 < None, lambda: [1] < (1,), lambda: {} < {}, lambda: None > None,
    lambda: abs("x"), lambda: round(None), lambda: sum(1, 2), lambda: min(None), lambda: callable(), lambda: id(),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
