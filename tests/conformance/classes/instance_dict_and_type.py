# type(), __class__, __name__, __qualname__, __module__ and __dict__ of classes.
class Outer:
    class Inner:
        def method(self):
            pass

o = Outer.Inner()
print(type(o) is Outer.Inner, o.__class__.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.__module__)
print(type(Outer).__name__, type(type).__name__, type(3).__name__, type(None).__name__)
print(isinstance(Outer, type), callable(Outer), callable(o))
