# A context manager whose __exit__ sees the exception, suppresses one kind, and lets the frame's objects go
class Guard:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return kind is KeyError
    def __del__(self):
        print("del", self.name)
with Guard("g1") as g:
    print("body", g.name)
del g
with Guard("g2"):
    {}["x"]
print("suppressed")
try:
    with Guard("g3") as g, Guard("g4") as h:
        raise ValueError("inner")
except ValueError as e:
    print("caught", e)
del g, h
def early():
    with Guard("g5"):
        return "returned"
print(early())
class Bad:
    def __enter__(self): return 1
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
