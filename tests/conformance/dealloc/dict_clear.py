# dict.clear() frees in insertion order, pop frees one entry at once.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

d = {"a": Tag("a"), "b": Tag("b"), "c": Tag("c")}
print("pop b")
d.pop("b")
print("clear")
d.clear()
print("done")
