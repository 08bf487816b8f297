# array.array, the memoryview iterator and collections.abc Callable aliases through typing
import array, typing
import collections.abc as c
print(isinstance(array.array("i"), c.MutableSequence), isinstance(iter(memoryview(b"ab")), c.Iterator))
print(typing.get_args(c.Callable[[int], str]), typing.get_args(c.Callable[[], int]), typing.get_args(c.Callable[..., int]))
def f(cb: c.Callable[[int], str]): pass
h = typing.get_type_hints(f)["cb"]
print(h, type(h).__name__, h.__args__)
