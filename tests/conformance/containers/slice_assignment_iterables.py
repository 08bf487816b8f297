# Slice assignment takes any iterable; anything else gets list_ass_slice's own message.
l = [1, 2, 3, 4]
l[1:3] = (x * 10 for x in range(3))
print(l)
l[::2] = "abc"
print(l)
for bad in (lambda: l.__setitem__(slice(1, 2), 0.5), lambda: l.__setitem__(slice(None, None, 2), 7), lambda: l.__setitem__(slice(0, 1, 0), [1])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    l[1:2] = 5
except TypeError as e:
    print(e)
try:
    l[::3] = None
except TypeError as e:
    print(e)
try:
    l[::0] = 5
except ValueError as e:
    print(e)
print(l)
