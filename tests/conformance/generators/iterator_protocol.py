# iter() and next() on lists, dicts, ranges and strings; StopIteration at the end.
it = iter({"a": 1, "b": 2})
print(next(it), next(it), next(it, None))
r = iter(range(0, 10, 4))
print(list(r), list(r))
s = iter("hi")
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print("StopIteration")
