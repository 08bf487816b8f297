# gc.get_referents of instances of library classes written in Python (contextlib's managers, dataclasses' Field) lists their class, a heap type
import gc
from contextlib import contextmanager, suppress, ExitStack
from dataclasses import dataclass, fields, FrozenInstanceError


@contextmanager
def cm():
    yield


@dataclass(frozen=True)
class Point:
    x: int = 0


def classes_among(referents):
    return [r.__name__ for r in referents if isinstance(r, type)]


manager = cm()
print(classes_among(gc.get_referents(manager)), gc.get_referents(manager)[-1] is type(manager))
print(classes_among(gc.get_referents(suppress(KeyError))))
print(classes_among(gc.get_referents(ExitStack())))
field = fields(Point)[0]
print(classes_among(gc.get_referents(field)), gc.get_referents(field)[-1] is type(field))
try:
    Point().x = 1
except FrozenInstanceError as e:
    print(classes_among(gc.get_referents(e)), gc.get_referents(e)[0] is FrozenInstanceError)
