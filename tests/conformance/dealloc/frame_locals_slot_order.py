# On return, locals die in slot order: parameters, then locals by first occurrence in the source.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

def f(p, q):
    second = None
    first = Tag("first-assigned")
    second = Tag("second-slot")
    print("returning")

f(Tag("param p"), Tag("param q"))
print("done")
