# Captured names are stored only after the whole pattern matched, in CPython's order (old values die in that order).
class Marker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  drop", self.name)

a = Marker("old a")
b = Marker("old b")
c = Marker("old c")
rest = Marker("old rest")
print("sequence [a, b]:")
match [1, 2]:
    case [a, b]:
        print("  stored", a, b)
print("mapping {'x': a, **rest} with c as:")
match {"x": 10, "y": 20}:
    case {"x": a, **rest} as c:
        print("  stored", a, rest, c)
b = Marker("old b again")
print("class with keywords:")
class P:
    __match_args__ = ("u", "v")
    def __init__(self):
        self.u, self.v = 5, 6
match P():
    case P(b, v=a):
        print("  stored", b, a)
def inner():
    x = Marker("old x")
    y = Marker("old y")
    print("in a function (STORE_FAST reordered):")
    match (1, 2, 3):
        case (x, *_, y):
            print("  stored", x, y)
    print("  leaving")
inner()
print("done")
