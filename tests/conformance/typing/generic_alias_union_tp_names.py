# The names of types.GenericAlias and types.UnionType in error messages are their C tp_names, module included
import types
for alias in (list[int], int | str):
    for op in (lambda a: 3 * a, lambda a: a - 1, lambda a: -a, lambda a: len(a), lambda a: a[0], lambda a: a.missing):
        try:
            op(alias)
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
x = 2
try:
    x *= list[int]
except TypeError as e:
    print(e)
print(type(list[int]).__name__, type(int | str).__name__, repr(type(list[int])), repr(type(int | str)))
