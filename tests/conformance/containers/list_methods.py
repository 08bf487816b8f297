# The everyday list methods.
items = [3, 1, 2]
items.append(4)
items.extend([5, 6])
items.insert(0, 0)
items.insert(100, 99)
print(items, items.pop(), items.pop(0), items)
items.remove(2)
print(items, items.index(4), items.count(1), 5 in items)
copy = items.copy()
copy.sort(reverse=True)
print(copy, items, items + [7], items * 2, len(items))
