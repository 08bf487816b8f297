# functools.total_ordering: derived methods, NotImplemented passthrough, missing root error
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.parts < o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) <= Version(1), Version(2) > Version(1), Version(1) >= Version(2))
print(Version.__le__.__qualname__ if hasattr(Version.__le__, "__qualname__") else "")
print(Version.__gt__.__name__, Version.__ge__.__doc__)
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) >= "a"
except TypeError as e:
    print("TypeError:", e)
try:
    @total_ordering
    class NoRoot:
        pass
except ValueError as e:
    print("ValueError:", e)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(4))
print(sorted("__lt__ __le__ __gt__ __ge__".split(), key=lambda n: n in G.__dict__))
