# errors of set, dict, list, tuple, str and range operations a course meets, with their messages
s = {1, 2, 3}
for call in [lambda: s.remove(5), lambda: s.union(1), lambda: s | [1], lambda: s.update(1), lambda: s < [1], lambda: {[]} , lambda: s.add([]), lambda: frozenset([[1]]), lambda: s ^ 1, lambda: s - {1: 2}, lambda: s.issubset(5), lambda: set(1, 2), lambda: {}.fromkeys(), lambda: dict([1, 2]), lambda: dict([(1,)]), lambda: dict(1), lambda: {}.update(1), lambda: {}.update([(1, 2, 3)]), lambda: {1: 2} | [1], lambda: {1: 2} + {3: 4}, lambda: list(1), lambda: [] + (), lambda: () + [], lambda: [1].remove(2), lambda: [].insert(), lambda: [1, 2].index(1, "a"), lambda: "abc".index("a", 1.5), lambda: [1][1.0], lambda: "abc"["a"], lambda: {1: 2}[[1]], lambda: (1, 2)[5], lambda: range(3)[5], lambda: "ab" * "c", lambda: [1] * [2], lambda: int([1]), lambda: float([1]), lambda: str(1, 2), lambda: bool(1, 2), lambda: tuple(1), lambda: sorted(1)]:
    try:
        r = call()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
print(s.union([4], (5,)), s.intersection([1, 2], {2}), s.difference(), s.symmetric_difference([3, 4]), s.isdisjoint([9]), s.issuperset([1]), {1, 2} <= {1, 2}, {1} < {1})
print({1: "a"} == {1.0: "a"}, {True: 1, 1: 2, 1.0: 3}, {0, False, 0.0}, {"a": 1}.keys() & {"a", "b"}, {"a": 1}.items() | {("b", 2)} == {("a", 1), ("b", 2)})
d = dict(a=1, b=2)
print(d.keys() - {"a"}, list(d.values()), d == dict([("b", 2), ("a", 1)]), dict.fromkeys("ab", 0), dict(d, c=3), {**d, "a": 9})
