# isinstance and issubclass word a bad second argument differently: 'a type, a tuple of types' and 'a class, a tuple of classes'
import typing
T = typing.TypeVar("T")
for f in (lambda: issubclass(int, [int]), lambda: isinstance(1, [int]), lambda: issubclass(int, (int, 5)), lambda: isinstance(1, (str, 5)),
          lambda: issubclass(int, 5), lambda: issubclass(int, (str, [1])), lambda: issubclass(5, 5), lambda: issubclass(5, int),
          lambda: isinstance(1, T), lambda: issubclass(int, T), lambda: isinstance(1, int | 5) if False else isinstance(1, None)):
    try:
        print(f())
    except TypeError as e:
        print(e)
