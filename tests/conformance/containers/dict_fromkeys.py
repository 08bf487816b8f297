# dict.fromkeys is a classmethod: every key shares the one value, and bad arguments raise CPython's errors.
print({}.fromkeys([1, 2]), dict.fromkeys(range(3), []), callable(dict.fromkeys))
for bad in [(), (1,), (1, 2, 3)]:
    try:
        dict.fromkeys(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
d = dict.fromkeys("aba", 0)
d["a"] += 1
print(d)
