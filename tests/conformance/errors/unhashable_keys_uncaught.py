# unhashable keys in dicts and sets, and where the traceback points
d = {}
for k in ([1], {2: 3}, {4}, bytearray(b"x"), (1, [2])):
    try:
        d[k] = 1
    except TypeError as e:
        print(e)
    try:
        print(k in d)
    except TypeError as e:
        print("in:", e)
try:
    s = {1, 2, [3]}
except TypeError as e:
    print(e)
try:
    frozenset([[1]])
except TypeError as e:
    print(e)
try:
    {}.fromkeys([[]])
except TypeError as e:
    print(e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
class P:
    def __eq__(self, other):
        return True
try:
    {P(): 1}
except TypeError as e:
    print(e)
counts = {}
words = [["a"], ["b"]]
for w in words:
    counts[w] = counts.get(w, 0) + 1
