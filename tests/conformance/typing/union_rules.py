# Union flattens nested unions, drops repeats, collapses to one member, and compares and hashes as a set of members
from typing import Optional, Union, List, Dict, TypeVar

T = TypeVar("T")


class A:
    pass


class B:
    pass


print(Union[int], Union[int, int], Union[A, A, B, A], Optional[None], Union[None])
print(Union[Union[int, str], float], Union[int, Union[str, Union[float, bytes]]], Optional[Union[int, str]])
print(Optional[int] == Union[int, None], Optional[int] == Union[None, int], Optional[int] is Union[int, None])
print(Union[int, str] == Union[str, int], Union[int, str] is Union[str, int], Union[int, str] != Union[int, bytes])
print(hash(Union[int, str]) == hash(Union[str, int]), hash(Optional[A]) == hash(Union[None, A]))
print(Union[int, str] == (int | str), (str | int) == Union[int, str], Union[int, str] == int)
print({Union[int, str]: 1}[str | int], len({Optional[A], Union[None, A], Union[A, None]}))
print(int | List[int], List[int] | None, None | List[int], Optional[int] | str, T | int, int | T, A | Dict[str, A])
print(Union[int, str] | bytes, list[int] | Union[A, B], Union[int, int | str], Union[int | str, float])
print(Union[1, 1, True, 1.0], Union[int, T][str], Union[T, List[T]][int], Optional[T][None])
print(Union[int, str].__args__, Optional[A].__args__, Union[int, str].__origin__, Union[T, B].__parameters__)
print(Union[List[int], List[int], List[str]], Union[list[int], list[int]], Union[Dict[str, int], dict[str, int]])
print(Union[int, str] == Union[int, str, int], Union[int, str] == List[int], List[int] == Union[int, str])
