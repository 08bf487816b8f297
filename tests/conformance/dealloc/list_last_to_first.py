# A dying list releases its items from the last to the first.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

items = [Tag("a"), Tag("b"), Tag("c")]
print("dropping the list")
del items
print("done")
