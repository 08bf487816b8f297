# x = new: the new object exists before the old one is freed.
class Tag:
    def __init__(self, name):
        self.name = name
        print("made", name)
    def __del__(self):
        print("free", self.name)

x = Tag("old")
x = Tag("new")
print("rebound")
x = Tag("newer")
del x
print("done")
