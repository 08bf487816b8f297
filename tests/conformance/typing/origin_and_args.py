# typing.get_origin and get_args on typing's aliases, builtin generic aliases and unions
from typing import Callable, Dict, Generic, List, Literal, Optional, Tuple, TypeVar, Union, get_args, get_origin

T = TypeVar("T")


class Box(Generic[T]):
    pass


for tp in [List[int], List, Dict[str, int], Optional[int], Union[int, str], Literal[1, 2], Tuple[int, ...], Tuple[()],
           Box[int], Box, Generic, Generic[T], list[int], dict[str, list[int]], int | None, int, None, T, "x"]:
    print(repr(tp), "->", get_origin(tp), get_args(tp))
args = get_args(Callable[[int, str], bool])
print(args, type(args[0]).__name__, get_args(Callable[..., int]), get_args(Callable[[], int]))
print(get_args(Dict[str, int]) is Dict[str, int].__args__, get_args(int | str) == (int, str))
