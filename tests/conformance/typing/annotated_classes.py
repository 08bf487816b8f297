# Class annotations with typing: __annotations__, ClassVar and Final, get_type_hints through the MRO, instance sizes
import sys
from typing import ClassVar, Dict, Final, List, Optional, get_type_hints


class Point:
    x: int
    y: int = 0
    label: Optional[str] = None
    count: ClassVar[int] = 0
    LIMIT: Final = 10
    UNITS: Final[str] = "m"

    def __init__(self, x: int) -> None:
        self.x = x


class Point3(Point):
    z: float = 0.0
    tags: List[str]
    registry: ClassVar[Dict[str, Point]] = {}


print(Point.__annotations__)
print(Point3.__annotations__)
print(get_type_hints(Point))
print(list(get_type_hints(Point3)))
print(get_type_hints(Point.__init__), get_type_hints(Point3(1).__init__))
p = Point(1)
print(sys.getsizeof(p), sys.getrefcount(p), p.y, p.label, Point.count, Point.LIMIT, Point.UNITS)
print(Point.__annotations__["count"].__origin__, Point.__annotations__["count"].__args__, Point.__annotations__["UNITS"].__args__)
print(ClassVar[int] == ClassVar[int], ClassVar[int] is ClassVar[int], Final[int] == ClassVar[int])
print("x" in Point.__dict__, "count" in Point.__dict__, len(Point.__annotations__))
