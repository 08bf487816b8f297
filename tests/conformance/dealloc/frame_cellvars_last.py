# Cell variables come after plain locals in a frame, sorted by name.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

def f():
    zeta = Tag("zeta cell")
    plain = Tag("plain local")
    alpha = Tag("alpha cell")
    def use():
        return zeta, alpha
    del use
    print("returning")

f()
print("done")
