# iter and next with defaults; iter over a dict gives keys.
it = iter([10, 20])
print(next(it), next(it), next(it, "end"))
d = {"x": 1, "y": 2}
print(list(iter(d)), list(d.values()), list(d.items()))
print(next(iter("abc")), next(iter(range(5, 9))))
