# getattr with a default and hasattr on a class with __getattr__: a property that raises AttributeError runs once
class H:
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "fallback":
            return "from __getattr__"
        raise AttributeError("no " + name)
    @property
    def broken(self):
        print("  property broken")
        raise AttributeError("from property")
    @property
    def works(self):
        print("  property works")
        return 1
h = H()
print(getattr(h, "broken", "default"))
print(hasattr(h, "broken"))
print(getattr(h, "works", "default"))
print(getattr(h, "fallback", "default"))
print(getattr(h, "missing", "default"))
try:
    h.broken
except AttributeError as e:
    print("AttributeError", e)
class G(H):
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return super().__getattribute__(name)
g = G()
print(getattr(g, "broken", "default"))
print(hasattr(g, "fallback"))
