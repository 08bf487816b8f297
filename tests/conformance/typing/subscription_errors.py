# Subscribing typing's objects wrongly raises TypeError with Lib/typing.py's messages
from typing import Any, Optional, Union, List, Dict, Tuple, Callable, Literal, Final, ClassVar, TypeVar, Generic, NoReturn, Type

T = TypeVar("T")


def attempt(label, make):
    try:
        print(label, "->", make())
    except TypeError as e:
        print(label, "!!", e)


attempt("Union[()]", lambda: Union[()])
attempt("List[int, str]", lambda: List[int, str])
attempt("Dict[int]", lambda: Dict[int])
attempt("Type[int, str]", lambda: Type[int, str])
attempt("Optional[int, str]", lambda: Optional[int, str])
attempt("ClassVar[int, str]", lambda: ClassVar[int, str])
attempt("Final[int, str]", lambda: Final[int, str])
attempt("NoReturn[int]", lambda: NoReturn[int])
attempt("Callable[int]", lambda: Callable[int])
attempt("Callable[[int], str, bool]", lambda: Callable[[int], str, bool])
attempt("T[int]", lambda: T[int])
attempt("List[int][str]", lambda: List[int][str])
attempt("Tuple[int, ...][int]", lambda: Tuple[int, ...][int])
attempt("List[T][int, str]", lambda: List[T][int, str])
attempt("Dict[T, int][()]", lambda: Dict[T, int][()])
attempt("Union[int, Optional]", lambda: Union[int, Optional])
attempt("List[Union]", lambda: List[Union])
attempt("List[ClassVar[int]]", lambda: List[ClassVar[int]])
attempt("List[Final[int]]", lambda: List[Final[int]])
attempt("Optional[Final[int]]", lambda: Optional[Final[int]])
attempt("List[Generic]", lambda: List[Generic])
attempt("List[Generic[T]]", lambda: List[Generic[T]])
attempt("List[(int, str)]", lambda: List[(int, str),])
attempt("Generic[int]", lambda: Generic[int])
attempt("Generic[T, T]", lambda: Generic[T, T])
attempt("Generic[()]", lambda: Generic[()])
attempt("Generic[T][int]", lambda: Generic[T][int])
attempt("Literal[1][2]", lambda: Literal[1][2])
attempt("Optional[int][str]", lambda: Optional[int][str])
attempt("List[Any]", lambda: List[Any])
attempt("List[NoReturn]", lambda: List[NoReturn])
attempt("List[1]", lambda: List[1])
attempt("Union[int, 1]", lambda: Union[int, 1])
attempt("ClassVar[Final[int]]", lambda: ClassVar[Final[int]])
attempt("Final[ClassVar[int]]", lambda: Final[ClassVar[int]])
attempt("TypeVar('U', int)", lambda: TypeVar("U", int))
attempt("TypeVar('U', int, str, bound=int)", lambda: TypeVar("U", int, str, bound=int))
try:
    TypeVar("U", covariant=True, contravariant=True)
except ValueError as e:
    print("ValueError", e)
