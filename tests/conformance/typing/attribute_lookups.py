# Attribute lookups on typing objects: names a form or alias lacks raise AttributeError as typing.py does; __doc__; cast() and get_type_hints() errors
from typing import Union, Any, List, Optional, cast, get_type_hints
print(hasattr(Union, 'foo'), hasattr(Any, 'foo'), hasattr(List[int], '__foo__'), hasattr(List[int], 'append'), hasattr(List, '__origin__'), getattr(Optional[int], '__bar__', 5))
for f in [lambda: Union.foo, lambda: Any.foo, lambda: List[int].__foo__, lambda: cast(), lambda: cast(int), lambda: get_type_hints(3), lambda: List[int].__doc__ is None, lambda: List[int].__class__, lambda: Union.__class__]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
from typing import Deque, Iterable, Tuple, Callable
print(List.__doc__, Deque.__doc__, Iterable.__doc__, Optional[int].__doc__)
