# A dying dict releases keys and values in insertion order; overwriting keeps a key's position.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

d = {}
d["x"] = Tag("x1")
d["y"] = Tag("y")
d["z"] = Tag("z")
d["x"] = Tag("x2")
print("dropping the dict")
del d
print("done")
