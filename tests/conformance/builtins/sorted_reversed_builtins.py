# sorted returns a new list; reversed returns an iterator.
data = (3, 1, 2)
s = sorted(data)
print(s, data, type(s).__name__)
r = reversed(data)
print(type(r).__name__, list(r), list(r))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
