# Generic[T] listed twice among a class's bases: both __mro_entries__ give Generic, a duplicate base type() refuses
from typing import Generic, TypeVar
T = TypeVar("T")
K = TypeVar("K")
for make in [lambda: type("Twice", (Generic[T], Generic[T]), {}), lambda: type("Two", (Generic[T], Generic[K]), {})]:
    try:
        make()
    except TypeError as e:
        print(e)
class B(Generic[T], Generic[T]):
    pass
