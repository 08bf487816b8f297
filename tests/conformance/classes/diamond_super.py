# super() in a diamond visits every class once, in MRO order.
class Base:
    def hello(self):
        print("Base")

class Left(Base):
    def hello(self):
        print("Left")
        super().hello()

class Right(Base):
    def hello(self):
        print("Right")
        super().hello()

class Child(Left, Right):
    def hello(self):
        print("Child")
        super().hello()

Child().hello()
print([c.__name__ for c in Child.__mro__])
