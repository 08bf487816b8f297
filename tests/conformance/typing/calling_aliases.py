# Calling typing's aliases: List() and friends refuse, Deque, DefaultDict and Counter call their origin, forms refuse
from typing import Any, Counter, DefaultDict, Deque, Dict, List, Optional, Set, Tuple, Type, Union, FrozenSet, OrderedDict
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r, type(r).__name__)
    except TypeError as e:
        print(label, "!!", e)


attempt("List()", lambda: List())
attempt("List[int]()", lambda: List[int]())
attempt("Dict()", lambda: Dict())
attempt("Set[int]()", lambda: Set[int]())
attempt("FrozenSet()", lambda: FrozenSet())
attempt("Tuple()", lambda: Tuple())
attempt("Type[int]()", lambda: Type[int]())
attempt("Deque()", lambda: Deque())
attempt("Deque[int]([1, 2])", lambda: Deque[int]([1, 2]))
attempt("DefaultDict(list)", lambda: DefaultDict(list))
attempt("DefaultDict[str, int](int)", lambda: DefaultDict[str, int](int))
attempt("Counter('abca')", lambda: Counter("abca"))
attempt("Counter[str]('abca')", lambda: Counter[str]("abca"))
attempt("OrderedDict[str, int](a=1)", lambda: OrderedDict[str, int](a=1))
attempt("Union()", lambda: Union())
attempt("Optional[int]()", lambda: Optional[int]())
attempt("Union[int, str]()", lambda: Union[int, str]())
attempt("Any()", lambda: Any())
d = Deque[int]([1, 2, 3])
print(sys.getrefcount(d), sys.getsizeof(d) == sys.getsizeof(Deque([1, 2, 3])))
c = Counter[str]("hello")
print(c.most_common(1), sys.getrefcount(c), hasattr(c, "__orig_class__"))
