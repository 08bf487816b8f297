# An uncaught error inside a class pattern: python3's traceback points at the pattern.
class Shape:
    __match_args__ = ("sides",)
    sides = 3

class Odd:
    pass

def classify(s):
    match s:
        case Shape(3):
            return "triangle"
        case Odd(1):
            return "odd"
    return "?"

print(classify(Shape()))
print(classify(Odd()))
