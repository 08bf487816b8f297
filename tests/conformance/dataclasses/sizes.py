# sys.getsizeof of dataclass instances, Field objects, params, and instances that grow attributes
import sys
from dataclasses import dataclass, field, fields

@dataclass
class Small:
    a: int

@dataclass
class Wide:
    a: int = 0
    b: int = 0
    c: int = 0
    d: int = 0
    e: int = 0
    f: int = 0
    g: int = 0

class Plain:
    def __init__(self, a):
        self.a = a

s = Small(1)
print(sys.getsizeof(s), sys.getsizeof(Plain(1)), sys.getsizeof(Wide()))
s.extra = 5
print(sys.getsizeof(s))
print(sys.getsizeof(s.__dict__))
print(sys.getsizeof(Wide().__dict__))
print(sys.getsizeof(fields(Small)[0]), sys.getsizeof(Small.__dataclass_params__))
print(sys.getsizeof(Small.__dataclass_fields__), sys.getsizeof(Wide.__dataclass_fields__))
print(sys.getsizeof(Small.__match_args__), sys.getsizeof(Wide.__match_args__))
print(sys.getsizeof(Wide.__init__.__defaults__))
