# Errors around generic aliases: isinstance, subscripting an alias, classes that are not generic.
for attempt in (
    lambda: isinstance([], list[int]),
    lambda: issubclass(list, list[int]),
    lambda: list[int][str],
    lambda: int[str],
    lambda: list[int].nothing,
    lambda: list.__class_getitem__(),
):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)))
x = list[int][str]
