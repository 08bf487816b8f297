# Dict and set comprehensions.
words = ["apple", "bob", "kayak", "level", "python"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print(sorted({len(w) for w in words}))
print({k: v for k, v in zip("abc", range(3)) if v})
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print(sorted({x % 4 for x in range(10)}))
