# Instances are small and shallow; __slots__ instances have no dict.
import sys

class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2

class Empty:
    pass

print("plain", sys.getsizeof(Plain()))
print("slotted", sys.getsizeof(Slotted()))
print("empty", sys.getsizeof(Empty()))
print("has __dict__:", hasattr(Plain(), "__dict__"), hasattr(Slotted(), "__dict__"))
