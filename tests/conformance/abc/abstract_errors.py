# Instantiating an abstract class: CPython 3.11's message (sorted names, "method" for one), after overriding, and errors of ABC's helpers.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def perimeter(self):
        ...
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Half(Shape):
    def area(self):
        return 1

class Square(Half):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

for make in (lambda: Shape(), lambda: Half(), lambda: Square(3), lambda: Shape(1, 2)):
    try:
        obj = make()
        print(obj.describe(), obj.perimeter())
    except TypeError as e:
        print(e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)

class Meta(metaclass=ABCMeta):
    @abstractmethod
    def run(self): pass
try:
    Meta()
except TypeError as e:
    print(e)
for call in (lambda: Shape.register(3), lambda: Shape.register(Shape), lambda: Square.register(Shape),
             lambda: issubclass(3, Shape), lambda: isinstance(3, Shape), lambda: ABC.__abstractmethods__,
             lambda: type.__abstractmethods__, lambda: object.__subclasshook__(int)):
    try:
        print(call())
    except (TypeError, RuntimeError, AttributeError) as e:
        print(type(e).__name__, e)
Square(2).missing
