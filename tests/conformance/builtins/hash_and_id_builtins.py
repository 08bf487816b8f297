# hash is stable for ints, equal values hash alike; id distinguishes objects.
print(hash(1), hash(2 ** 61), hash(-1), hash(True), hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)))
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), a == b, a is b)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
print(hash(None) == hash(None), hash(frozenset()) == hash(frozenset()))
