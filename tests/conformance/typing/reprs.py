# typing's objects print as Lib/typing.py's __repr__ methods write them: forms, special aliases, subscriptions, TypeVars
from typing import Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator, Generator
from typing import Sequence, Mapping, MutableMapping, Deque, DefaultDict, Counter, Literal, Final, ClassVar, TypeVar, NoReturn
import typing


class Node:
    pass


T = TypeVar("T")
K = TypeVar("K", covariant=True)
V = TypeVar("V", contravariant=True)
for obj in [Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator, Generator, Sequence,
            Mapping, MutableMapping, Deque, DefaultDict, Counter, Literal, Final, ClassVar, NoReturn, T, K, V]:
    print(repr(obj), type(obj).__name__)
print(List[int], Dict[str, List[Node]], Set[Tuple[int, str]], FrozenSet[bytes], Type[Node])
print(Optional[Node], Union[int, str], Union[None, int], Union[int, None, str], Optional[Optional[int]])
print(Callable[[int, str], bool], Callable[..., Node], Callable[[], None], Callable[[List[int]], Dict[str, T]])
print(Tuple[int, ...], Tuple[()], Tuple[int, str, float], Tuple[Node, ...])
print(Literal[1, "a", None, True, b"x"], Literal[Literal[1, 2], 3])
print(Final[int], ClassVar[Dict[str, int]], Iterable[T], Iterator[Node], Generator[int, None, str])
print(Sequence[int], Mapping[str, Any], MutableMapping[K, V], Deque[float], DefaultDict[str, List[int]], Counter[str])
print(List[list[int]], list[List[int]], Dict[str, int | None], Union[list[int], dict[str, int]])
print(typing.List[typing.Optional[int]], typing.TYPE_CHECKING, str(List[int]), f"{Dict[int, T]!r}")
print(type(List[int]).__name__, type(Optional[int]).__name__, type(Callable[[int], int]).__name__, type(Literal[1]).__name__)
print(type(Union).__name__, type(Literal).__name__, type(Tuple).__name__, type(Callable).__name__, type(Any).__name__)
print(List[int].__name__, Optional[int].__name__, Union.__name__, Dict.__name__, List[int]._name, Union[int, str]._name)
print(List[int].__module__, Node.__module__, T.__module__)
