# '%' with a lone mapping (anything subscriptable but a str or tuple) leaves its unused items alone: no "not all arguments converted".
class Lookup:
    def __getitem__(self, key):
        return key.upper()


print("no fields" % {"k": 1})
print("%(k)s only" % {"k": 1, "unused": 2})
print("a list counts" % [])
print("so does a range" % range(3))
print("and any %(x)s with __getitem__" % Lookup())
print("%s takes the list itself" % [1, 2])
for bad in (5, "text", (1,), 2.5):
    try:
        print("no fields" % bad)
    except TypeError as error:
        print(type(bad).__name__, error)
