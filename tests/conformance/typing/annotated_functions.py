# Annotations in the typing style: def-time evaluation, __annotations__ contents, get_type_hints, refcounts around them
import sys
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, get_type_hints, cast, overload, TYPE_CHECKING


class Record:
    pass


before = sys.getrefcount(Record)


def load(path: str, limit: Optional[int] = None) -> List[Record]:
    return [Record()]


def merge(a: Dict[str, Record], b: Dict[str, Record], *rest: Record, key: Callable[[Record], int] = len, **kw: Any) -> Tuple[Record, ...]:
    return ()


def nothing(x, y: None) -> None:
    pass


print(load.__annotations__)
print(merge.__annotations__)
print(nothing.__annotations__, get_type_hints(nothing))
print(get_type_hints(load), get_type_hints(merge) == merge.__annotations__)
print(get_type_hints(load)["return"] is load.__annotations__["return"], get_type_hints(len.__call__) if False else "")
print(sys.getrefcount(Record) - before, sys.getrefcount(load.__annotations__["return"]))
r = cast(Record, "not a record")
print(r, cast(List[int], None), cast("Record", 3))
print(TYPE_CHECKING)
if TYPE_CHECKING:
    print("unreachable")


@overload
def scale(x: int) -> int: ...
@overload
def scale(x: str) -> str: ...
def scale(x):
    return x * 2


print(scale(3), scale("ab"))
print(get_type_hints(scale))


def local_scope():
    def inner(v: Union[int, str], w: "list[int]" = None) -> Optional[Record]:
        return None
    return inner


f = local_scope()
print(f.__annotations__)
print(sys.getrefcount(Record) - before)
