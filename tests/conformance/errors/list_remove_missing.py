# list.remove of a missing value raises ValueError.
items = ["a", "b"]
items.remove("a")
print(items)
items.remove("z")
