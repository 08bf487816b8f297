# map and filter are lazy iterators.
m = map(str.upper, ["a", "b"])
print(type(m).__name__, list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")))
print(list(map(lambda x, y: x + y, "abc", "xyz")))
