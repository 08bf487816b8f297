# Methods of builtin types refuse keyword arguments they do not take ('str.center() takes no keyword arguments', "'x' is an invalid keyword argument for split()"), and builtins called with keywords say what CPython says.
calls = [
    lambda: "a,b,c".split(sep=",", maxsplit=1), lambda: "a b".rsplit(maxsplit=0), lambda: "a,b".split(","), lambda: "x".center(width=5),
    lambda: {}.get("k", default=1), lambda: [3, 1].sort(reverse=True), lambda: "abc".replace("a", "b", count=1),
    lambda: "a\nb".splitlines(keepends=True), lambda: "  x ".strip(chars=" "), lambda: "abc".encode() if False else 1,
    lambda: [1, 2].index(2, start=0), lambda: [].sort(key=len, reverse=False), lambda: "{a}".format(a=1), lambda: dict(a=1).pop("a", 2),
    lambda: {}.setdefault("k", default=3), lambda: "ab".startswith(prefix="a"), lambda: "a".join(iterable=["x"]),
    lambda: sorted([2, 1], reverse=True), lambda: list(range(stop=3)), lambda: enumerate("ab", start=1).__next__(),
    lambda: int("11", base=2), lambda: int(x="5"), lambda: str(object=5), lambda: round(number=2.5), lambda: round(2.567, ndigits=1),
    lambda: pow(base=2, exp=3), lambda: pow(2, 3, mod=5), lambda: divmod(a=1, b=2), lambda: [].append(object=1),
    lambda: "x".ljust(3, fillchar="*"), lambda: "x".count(x="x"), lambda: "abc".find(sub="b"), lambda: (1, 2).count(value=1),
    lambda: {1}.add(elem=2), lambda: [1].extend(iterable=[2]), lambda: [1].insert(0, object=1), lambda: "A".lower(x=1),
    lambda: "a-b".partition(sep="-"), lambda: "abc".expandtabs(tabsize=4), lambda: "abc".zfill(width=5), lambda: {}.fromkeys("ab", value=0),
    lambda: dict.fromkeys(iterable="ab"), lambda: {"a": 1}.update(b=2), lambda: {"a": 1}.pop(key="a"), lambda: list(iterable=[1]),
    lambda: tuple(iterable=[1]), lambda: set(iterable=[1]), lambda: max([1], key=None), lambda: min(1, 2, key=lambda x: -x),
    lambda: sum([1], start=1), lambda: "abc".removeprefix(prefix="a"), lambda: isinstance(obj=1, class_or_tuple=int),
    lambda: getattr(1, name="real"), lambda: float(x="1.5"), lambda: bool(x=1), lambda: reversed(sequence=[1]),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__, e)
for call in [lambda: set().update(x=1), lambda: {}.update(x=1), lambda: set().union(x=1), lambda: [].sort(x=1), lambda: "a".split(x=1), lambda: "a".splitlines(x=1), lambda: "a".expandtabs(x=1), lambda: "a{x}".format(x=1), lambda: (1).bit_length(x=1), lambda: range(3).count(value=1), lambda: slice(1).indices(len=3), lambda: [].copy(x=1), lambda: {}.keys(x=1), lambda: (1.5).is_integer(x=1), lambda: frozenset().copy(x=1), lambda: (1, 2).index(value=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
