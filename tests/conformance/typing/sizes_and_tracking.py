# sys.getsizeof and gc tracking of typing's objects (instances of Python classes with a managed __dict__)
import gc
import sys
from typing import Any, Callable, Dict, List, Literal, Optional, Tuple, TypeVar, Union, Generic, ClassVar

T = TypeVar("T")
for obj in [List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], int], Tuple[int, ...], Literal[1],
            ClassVar[int], T, List, Optional, Union, Literal, Callable, Tuple, Any, Generic[T]]:
    print(repr(obj), sys.getsizeof(obj), gc.is_tracked(obj))
print(sys.getsizeof(List[int].__args__), sys.getsizeof(Dict[str, int].__args__), sys.getsizeof(List[int].__parameters__))
print(sys.getsizeof(Dict[T, int].__parameters__), gc.is_tracked(List[int].__args__), gc.is_tracked(Dict[T, int].__parameters__))
