# Errors of everyday operations on builtin values: unbound methods check their receiver ('descriptor ... doesn't apply'), int @ int names the operator, int/float getsets are not writable.
tests = [
    lambda: [1, 2, 3][1:2:0], lambda: [1][True], lambda: [1]["0"], lambda: (1,)[5], lambda: "ab"[1.0], lambda: {}[[]], lambda: {1}[0],
    lambda: [1, 2].pop(5), lambda: [].pop(0), lambda: [3, 1].remove(5), lambda: list.append(1, 2), lambda: [1] + (2,), lambda: (1,) + [2],
    lambda: [1] * "a", lambda: [1] - [1], lambda: {1} + {2}, lambda: {"a": 1} + {"b": 2}, lambda: {1: 2} < {1: 2}, lambda: [1] < (1,),
    lambda: None < None, lambda: len(None), lambda: len(iter([])), lambda: sorted([None, 1]), lambda: max(None, 1), lambda: sum([[1]]),
    lambda: dict([[1, 2, 3]]), lambda: dict(["ab", "cde"]), lambda: set([[1]]), lambda: frozenset([{}]), lambda: {[]: 1}, lambda: {{}: 1},
    lambda: [].index(1), lambda: (1, 2).index(3), lambda: "abc".index("d"), lambda: range(5)[10], lambda: range(5).index(10), lambda: list(range(1, 10, 0)),
    lambda: int("1.5"), lambda: int(""), lambda: int(" "), lambda: int("0x10"), lambda: int("10", 37), lambda: float("1,5"), lambda: float(""), lambda: int(None),
    lambda: [1, 2, 3].sort(key=lambda x: x.foo), lambda: "".join([1]), lambda: ",".join(["a", None]), lambda: "abc" * 1.0, lambda: 5 + None, lambda: None + 5,
    lambda: 1 @ 2, lambda: [1] @ [2], lambda: -{}, lambda: abs([]), lambda: round([]), lambda: divmod("a", 1), lambda: pow("a", 2), lambda: 2 ** "a",
    lambda: "a" < 1, lambda: [1] > 1, lambda: object() < object(), lambda: 1 in 5, lambda: "a" in ["a"], lambda: 1 in "abc", lambda: [] in "abc",
    lambda: {}.fromkeys(5), lambda: list(5.0), lambda: tuple(None), lambda: next(5), lambda: iter(5, 6), lambda: reversed(5), lambda: list(reversed({})),
    lambda: enumerate(None), lambda: zip(None), lambda: map(None, None), lambda: filter(5, [1]).__next__(), lambda: sorted(5), lambda: min([], key=len),
    lambda: getattr(5, 1), lambda: setattr(5, "x", 1), lambda: delattr(5, "real"), lambda: hasattr(5, None), lambda: isinstance(5, 5), lambda: issubclass(5, int),
    lambda: chr("a"), lambda: ord(5), lambda: ord(""), lambda: hex(1.5), lambda: bin("1"), lambda: oct(None), lambda: hash([]), lambda: hash({}),
    lambda: callable(), lambda: type(), lambda: type(1, 2), lambda: vars(5), lambda: dir(1, 2), lambda: id(), lambda: repr(), lambda: str(1, 2),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
for o, n in [(1, "numerator"), (1.5, "imag"), (True, "denominator"), (1.5, "numerator"), (1, "real"), (1, "foo")]:
    try:
        setattr(o, n, 1)
    except AttributeError as e:
        print(e)
    try:
        delattr(o, n)
    except AttributeError as e:
        print(e)
