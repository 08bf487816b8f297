# At exit, CPython finalizes what globals hold directly (and their attributes) before the contents of
# lists and nested lists, which come last to first. pymem finalizes in the collector's list order.
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

nested = [[R("n1"), R("n2")]]
pair = [R("a"), R("b")]
x = R("x")

class H:
    pass

h = H()
h.attr = R("attr")
y = R("y")
