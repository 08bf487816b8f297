# Methods of builtin types check their argument counts and types with CPython's messages (METH_NOARGS, METH_O, _PyArg_CheckPositional, stringlib), before they run.
def run(f):
    try:
        print(repr(f())[:60])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in [
    lambda: {"a": 1}.clear(1), lambda: {"a": 1}.copy(2), lambda: {"a": 1}.get(), lambda: {"a": 1}.get(1, 2, 3), lambda: {}.items(1),
    lambda: {}.pop(), lambda: {}.setdefault(), lambda: {}.update(1, 2), lambda: {}.keys(0), lambda: {}.popitem(1),
    lambda: [1].append(), lambda: [1].append(1, 2), lambda: [1].insert(0), lambda: [1].pop(0, 1), lambda: [1].index(), lambda: [1].count(),
    lambda: [1].reverse(1), lambda: [1].copy(1), lambda: [1].extend(), lambda: [1].remove(), lambda: (1,).index(1, 0, 1, 2), lambda: (1,).count(),
    lambda: {1}.add(), lambda: {1}.discard(1, 2), lambda: {1}.isdisjoint(), lambda: {1}.pop(1), lambda: frozenset().copy(1), lambda: {1}.issubset(),
    lambda: (5).bit_length(1), lambda: (2.5).is_integer(0), lambda: (5).as_integer_ratio(1), lambda: range(3).count(), lambda: range(3).index(1, 2),
    lambda: "abc".upper(1), lambda: "abc".center(), lambda: "abc".center(1, 2, 3), lambda: "abc".center(9, 1), lambda: "abc".center(9, "ab"),
    lambda: "abc".ljust(5, None), lambda: "abc".rjust(5, "-"), lambda: "abc".count(), lambda: "abc".find(), lambda: "abc".find("a", 1, 2, 3),
    lambda: "abc".split(1), lambda: "abc".rsplit([]), lambda: "abc".split(",", 1, 2), lambda: "abc".splitlines("x"), lambda: "a\nb".splitlines(1),
    lambda: "a\tb".expandtabs("x"), lambda: "abc".partition(1), lambda: "abc".rpartition(None), lambda: "abc".removeprefix(None),
    lambda: "abc".removesuffix(1), lambda: "abc".replace(1, "x"), lambda: "abc".replace("a", 2), lambda: "abc".replace("a"), lambda: "abc".join(),
    lambda: "abc".zfill(), lambda: "abc".strip(1), lambda: "abc".lstrip(1, 2), lambda: "abc".startswith(), lambda: "abc".title(1),
]:
    run(f)
s = {1, 2, 3}
print(s.symmetric_difference_update({3, 4}), s)
