# callable and vars on functions, classes and instances.
class Box:
    size = 3
    def __init__(self):
        self.content = "toy"

def f():
    pass

print(callable(f), callable(Box), callable(Box()), callable(print), callable("s"))
print(vars(Box()))
print("size" in vars(Box), "content" in vars(Box))
