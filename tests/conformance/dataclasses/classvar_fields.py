# dataclasses with typing imported: ClassVar annotations (plain, string, typing.-qualified) are class variables, not fields; their default_factory and kw_only errors.
from dataclasses import dataclass, field, fields
from typing import ClassVar, List
import typing

@dataclass
class Config:
    instances: ClassVar[int] = 0
    also: "ClassVar[str]" = "x"
    third: "typing.ClassVar[int]" = 3
    name: str = "n"
    tags: List[str] = field(default_factory=list)

c = Config()
print([f.name for f in fields(Config)], c, Config.instances, Config.also, Config.third)
print(Config.__dataclass_fields__["instances"]._field_type)
try:
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        x: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print("TypeError:", e)
