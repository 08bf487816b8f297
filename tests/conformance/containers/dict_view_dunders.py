# The dict views' __len__, __iter__, __contains__ and __reversed__ called by name
d = {"a": 1, "b": 2}
for v in (d.keys(), d.values(), d.items()):
    print(type(v).__name__, v.__len__(), list(v.__iter__()), list(v.__reversed__()), getattr(v, "__contains__", None) is not None)
print(d.keys().__contains__("a"), d.items().__contains__(("b", 2)), d.keys().__contains__("z"))
print(type(d.keys().__len__).__name__, type(d.keys().__reversed__).__name__)
try:
    type(d.keys()).__len__([])
except TypeError as e:
    print(e)
print(hasattr(d.values(), "__contains__"))
