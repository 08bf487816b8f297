# int, float, str, bool, list, tuple, dict, set and frozenset constructors.
print(int("12"), int(-2.7), int(True), float("3.5"), float(2), float("-inf"), str(1.0), str(None))
print(bool(0), bool(""), bool("False"), bool([0]), bool(None))
print(list("ab"), list((1, 2)), tuple([1, 2]), list({"a": 1}), tuple(range(3)))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2))
print(sorted(set([3, 1, 3])), sorted(frozenset("aab")), set(), frozenset([1]) == {1})
print(float("1e3"), int("0x1f", 16), int("1_000"))
