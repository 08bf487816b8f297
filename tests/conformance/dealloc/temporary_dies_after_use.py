# An expression temporary dies as soon as the expression that used it is done.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)
    def size(self):
        return len(self.name)

print("size:", Tag("temporary").size())
print("next statement")
n = len([Tag("in a list"), Tag("also")])
print("n =", n)
