# Enum members are singletons: attribute, item and value lookup give the same object; name, value, aliases
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED is Color['RED'] is Color(1))
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__, type(Color.RED) is Color)
print(isinstance(Color.GREEN, Color), isinstance(Color.GREEN, Enum), issubclass(Color, Enum))
print(Color(Color.BLUE) is Color.BLUE)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__, Color.__module__)
