# An exhausted generator releases its frame when it raises StopIteration.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

def gen():
    local = Tag("local")
    yield "one"
    print("generator ends")

g = gen()
for value in g:
    print("got", value)
print("loop finished, generator still named")
del g
print("done")
