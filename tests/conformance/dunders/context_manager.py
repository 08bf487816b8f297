# __enter__ and __exit__: exit sees the exception and can suppress it.
class Section:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

with Section("a") as value:
    print("inside", value)
with Section("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
with Section("outer"), Section("inner"):
    print("nested")
with Section("c"):
    raise KeyError("escapes")
