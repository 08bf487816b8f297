# isinstance and issubclass accept typing's special aliases and unions but refuse subscripted generics and forms
from typing import Any, Optional, Union, List, Dict, Type, Set, Deque, Tuple, TypeVar, Literal, ClassVar
from collections import deque

T = TypeVar("T")


def check(label, f):
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "!!", e)


check("isinstance([], List)", lambda: isinstance([], List))
check("isinstance({}, Dict)", lambda: isinstance({}, Dict))
check("isinstance(set(), Set)", lambda: isinstance(set(), Set))
check("isinstance(deque(), Deque)", lambda: isinstance(deque(), Deque))
check("isinstance((), Tuple)", lambda: isinstance((), Tuple))
check("isinstance(int, Type)", lambda: isinstance(int, Type))
check("issubclass(bool, Type)", lambda: issubclass(bool, Type))
check("issubclass(list, List)", lambda: issubclass(list, List))
check("isinstance(1, (str, List))", lambda: isinstance(1, (str, List)))
check("isinstance(1, List[int])", lambda: isinstance(1, List[int]))
check("issubclass(list, List[int])", lambda: issubclass(list, List[int]))
check("isinstance(1, Optional[int])", lambda: isinstance(1, Optional[int]))
check("isinstance(None, Optional[int])", lambda: isinstance(None, Optional[int]))
check("isinstance('a', Optional[int])", lambda: isinstance("a", Optional[int]))
check("isinstance('a', Union[int, str])", lambda: isinstance("a", Union[int, str]))
check("issubclass(bool, Union[int, str])", lambda: issubclass(bool, Union[int, str]))
check("isinstance([], Union[int, List[int]])", lambda: isinstance([], Union[int, List[int]]))
check("isinstance(1, Union[int, List[int]])", lambda: isinstance(1, Union[int, List[int]]))
check("isinstance([], Union[int, List])", lambda: isinstance([], Union[int, List]))
check("isinstance(1, Any)", lambda: isinstance(1, Any))
check("isinstance(1, Union)", lambda: isinstance(1, Union))
check("issubclass(int, Optional)", lambda: issubclass(int, Optional))
check("isinstance(1, T)", lambda: isinstance(1, T))
check("isinstance(1, Literal[1])", lambda: isinstance(1, Literal[1]))
check("isinstance(1, ClassVar[int])", lambda: isinstance(1, ClassVar[int]))
check("isinstance(1, (List[int], int))", lambda: isinstance(1, (List[int], int)))
check("isinstance(1, (int, List[int]))", lambda: isinstance(1, (int, List[int])))
