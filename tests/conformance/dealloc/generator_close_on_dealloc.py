# A suspended generator is closed when it dies: finally runs, then its locals are freed.
class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

def gen():
    local = Tag("generator local")
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")

g = gen()
print(next(g))
print("dropping the generator")
del g
print("done")
