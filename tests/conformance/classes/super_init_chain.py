# super().__init__ chains constructors with keyword arguments.
class Shape:
    def __init__(self, name, **rest):
        self.name = name
        print("Shape init", sorted(rest))

class Colored(Shape):
    def __init__(self, color, **rest):
        self.color = color
        super().__init__(**rest)

class Square(Colored):
    def __init__(self, side, **rest):
        self.side = side
        super().__init__(**rest)

s = Square(side=2, color="red", name="sq")
print(s.name, s.color, s.side)
print(vars(s))
