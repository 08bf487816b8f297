# Layout members of classes that library code makes: namedtuple (a tuple subclass without slots), dataclasses with and without slots
import collections
import dataclasses
import typing


def show(t):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)


Pair = collections.namedtuple("Pair", "a b")


class Named(Pair):
    pass


@dataclasses.dataclass
class Plain:
    x: int


@dataclasses.dataclass(slots=True)
class Slotted:
    x: int
    y: int


class Box(typing.Generic[typing.TypeVar("T")]):
    pass


class Counted(collections.Counter):
    pass


for t in [Pair, Named, Plain, Slotted, Box, Counted, collections.OrderedDict, collections.defaultdict]:
    show(t)
