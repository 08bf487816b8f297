# class attributes vs instance attributes: shadowing, mutation of shared lists, del falls back
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)

a = Dog("rex"); b = Dog("fido")
a.add_trick("roll")
print(b.tricks, Dog.tricks is a.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
try:
    del a.species
except AttributeError as e:
    print("AttributeError:", e)
print(Dog.count, a.count)
a.count += 10
print(Dog.count, a.count, b.count)
print(sorted(vars(a)), sorted(k for k in vars(Dog) if not k.startswith("__")))
try:
    del Dog.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(b.nme)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(b, "nme", "default"))
print(hasattr(Dog, "name"), hasattr(b, "name"))
