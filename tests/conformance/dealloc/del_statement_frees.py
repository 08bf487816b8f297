# del frees an object at once when it removes the last reference, not before.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

a = Tag("shared")
b = a
print("del a")
del a
print("del b")
del b
c = {"k": Tag("in dict")}
print("del c['k']")
del c["k"]
print("done")
