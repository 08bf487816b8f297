# Callable, Tuple and Literal: their own argument forms, equality, hashing and __args__
from typing import Callable, Tuple, Literal, List, TypeVar, Optional

T = TypeVar("T")
print(Callable[[int, str], bool].__args__, Callable[..., int].__args__, Callable[[], None].__args__)
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] is Callable[[int], str], Callable[[int], str] == Callable[[str], str])
print(Callable[[T], T][int], Callable[[T], List[T]].__parameters__, Callable[..., T][str])
print(hash(Callable[[int], str]) == hash(Callable[[int], str]), Callable[[int], str]._name, Callable[[int], str] == Callable[[int], str])
print(Tuple[int, str].__args__, Tuple[int, ...].__args__, Tuple[()].__args__, Tuple[int].__origin__)
print(Tuple[int, str] == Tuple[int, str], Tuple[int, ...] == Tuple[int], Tuple[T, int][str], Tuple[T, ...][bytes])
print(Literal[1, 2, 3].__args__, Literal[1, 1, 2].__args__, Literal[True, 1].__args__, Literal[1, True, 1.0].__args__)
print(Literal[1] == Literal[1], Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1], Literal["a"] is Literal["a"])
print(Literal[1] is Literal[True], Literal[Literal[1], Literal[2, 3]], Literal[1].__origin__, Literal[None].__args__)
print(hash(Literal[1, 2]) == hash(Literal[2, 1]), len({Literal[1], Literal[True], Literal[1]}))
print(Optional[Literal["r", "w"]], Literal["r", "w"] | None, Callable[[int], str] | None)
print(Literal[1].__parameters__, Callable[[int], str].__parameters__, Tuple[int, T].__parameters__)
