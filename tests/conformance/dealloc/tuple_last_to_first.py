# A dying tuple releases its items from the last to the first.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

t = (Tag("first"), Tag("second"), Tag("third"))
print("dropping the tuple")
t = None
print("done")
