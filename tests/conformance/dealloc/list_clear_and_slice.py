# list.clear() and slice deletion free items last to first.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

items = [Tag(str(i)) for i in range(6)]
print("del items[1:4]")
del items[1:4]
print("clear")
items.clear()
print("len:", len(items))
