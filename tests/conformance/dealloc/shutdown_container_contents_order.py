# At exit, what globals hold directly (and their attributes) is finalized before the contents of lists and
# nested lists, which come last to first: the collection Py_FinalizeEx runs first reaches those late (list
# traversal goes last to first) and moves them to the end of the oldest generation.
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
