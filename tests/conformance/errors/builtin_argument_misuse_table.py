# wrong argument counts and keywords for common builtins
tests = [
    lambda: len(), lambda: len([1], [2]), lambda: abs(), lambda: abs(1, 2),
    lambda: max(), lambda: min([]), lambda: max(1), lambda: sorted([3, 1], reversed=True),
    lambda: sorted(), lambda: int("5", base=1), lambda: int(x="5"), lambda: range(),
    lambda: range(1, 2, 3, 4), lambda: range(1, 2, 0), lambda: print(sep=1),
    lambda: print(end=3), lambda: sum(), lambda: sum([1], 2, 3), lambda: sum(["a"], ""),
    lambda: isinstance(1), lambda: isinstance(1, 2), lambda: divmod(1), lambda: pow(),
    lambda: round(1.5, 2, 3), lambda: enumerate(), lambda: zip(1), lambda: ord("ab"),
    lambda: ord(""), lambda: chr(-1), lambda: chr("a"), lambda: hex(1.5), lambda: bin("1"),
    lambda: "abc".split(",", 1, 2), lambda: [].append(), lambda: [].append(1, 2),
    lambda: {}.get(), lambda: {}.pop(), lambda: [].pop(1), lambda: [].insert(1),
    lambda: "x".join(1), lambda: "x".join([1, 2]), lambda: ",".join(["a", None]),
    lambda: "a".startswith(1), lambda: "a".replace("a"), lambda: dict(1), lambda: dict([1]),
    lambda: dict([(1, 2, 3)]), lambda: list(1, 2), lambda: tuple(x=1), lambda: set([[]]),
    lambda: "abc".center(), lambda: "abc".center(5, "ab"), lambda: "a".zfill("3"),
    lambda: getattr(1), lambda: setattr(1, "a"), lambda: iter(), lambda: next(1),
    lambda: hash([]), lambda: hash({}), lambda: sorted([1, "a"]), lambda: min(1, "a"),
    lambda: min([], default=1, key=2), lambda: max(1, 2, default=3),
]
for t in tests:
    try:
        t()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
