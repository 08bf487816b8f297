# Single inheritance: overriding, calling the parent, isinstance and issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (tiny)"

for pet in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(pet.speak())
print(isinstance(Puppy("p"), Animal), issubclass(Dog, Puppy), issubclass(Puppy, (int, Dog)))
print(type(Puppy("p")).__name__, Puppy.__bases__[0].__name__)
