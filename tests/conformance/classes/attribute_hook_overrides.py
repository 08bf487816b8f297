# __getattr__ vs __getattribute__ vs __setattr__/__delattr__ overrides, and recursion traps avoided
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        print("del", name)
        delattr(self._target, name)
class T:
    pass
t = T(); t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.log)
del p.b
print(hasattr(t, "b"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(p.log)
class Counted:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name!r}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
c = Counted()
print(c.x, c.secret_key, c.other)
print(getattr(c, "secret2"), hasattr(c, "secret3"))
class Strict:
    __slots__ = ("a",)
    def __setattr__(self, name, value):
        if name != "a":
            raise AttributeError(f"{type(self).__name__} has no field {name}")
        super().__setattr__(name, value)
s = Strict(); s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.a)
