# Dunders a list or dict subclass defines in Python replace the builtin ones; super() reaches the builtin ones
class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)


d = LoggingDict(a=1)
d["b"] = 2
print(d["a"] + d["b"])
del d["a"]
d.update(c=3)
print(d, d.get("b"), "b" in d)


class Shouty(list):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"Shouty({self.name}: {super().__repr__()})"

    def __str__(self):
        return self.name.upper()

    def __len__(self):
        return super().__len__() * 10

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))

    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)

    def __contains__(self, x):
        return x == "everything"

    def __iter__(self):
        return iter(["custom", "iteration"])

    def __bool__(self):
        return False


s = Shouty([1, 2], "loud")
print(s, repr(s), [s], len(s), s[0], "everything" in s, 1 in s, bool(s), list(s))
s[1] = 5
print(list.__repr__(s), list.__len__(s), list.__getitem__(s, 1), sorted(s), [x for x in s])
for x in s:
    print("for", x)
print(f"{s}", str(s), "yes" if s else "no")


class Equal(list):
    def __eq__(self, other):
        return True


e = Equal([1])
print(e == [2], [2] == e, e != [2], [2] != e, e == e, e in [[5]], [5] in [e])


class Sized(dict):
    def __len__(self):
        return 42


z = Sized()
print(len(z), bool(z), z)


class Named(list):
    def __init__(self, *items):
        super().__init__(items)


print(Named(1, 2, 3), Named())
