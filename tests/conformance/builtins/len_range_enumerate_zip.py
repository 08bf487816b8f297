# len, range, enumerate and zip.
print(len([1, 2]), len("abc"), len({}), len(range(10)), len((1,)), len({1, 1, 2}))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 2)
print(r[3], r[-1], 7 in r, 8 in r, r.index(9), len(r))
print(list(enumerate("abc")), list(enumerate(["x", "y"], 10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), dict(zip("ab", [1, 2])))
print(list(zip(*[(1, "a"), (2, "b")])))
