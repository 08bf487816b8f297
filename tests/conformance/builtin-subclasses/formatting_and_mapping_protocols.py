# A dict subclass answers %-formatting, format_map and ** through its own __getitem__/__missing__/__iter__ where CPython asks it
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


values = Default(name="pymem")
print("%(name)s likes %(food)s" % values)
print("{name} likes {food}".format_map(values))
print("%(name)s" % {"name": "plain"})


class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key).upper()


u = Upper(a="x", b="y")
print("%(a)s-%(b)s" % u, "{a}{b}".format_map(u), dict(u), {**u}, u["a"])


class KeysFirst(dict):
    def __iter__(self):
        print("KeysFirst.__iter__")
        return iter(sorted(super().keys()))

    def keys(self):
        print("KeysFirst.keys")
        return sorted(super().keys())

    def __getitem__(self, key):
        print("KeysFirst.__getitem__", key)
        return super().__getitem__(key) * 10


k = KeysFirst(b=2, a=1)
print(dict(k))
merged = {}
merged.update(k)
print(merged, {**k}, list(k))


def show(**kw):
    return sorted(kw.items())


print(show(**k))


class Formatted(list):
    def __format__(self, spec):
        return f"Formatted({len(self)}, {spec!r})"


f = Formatted([1, 2])
print(f"{f}", f"{f:>10}", format(f, "x"), "{}".format(f), "{:y}".format(f))
print(f"{Default(a=1)}", "%s and %r" % (Formatted([1]), Default()), str(Formatted([3])), ", ".join(Formatted("ab")))
