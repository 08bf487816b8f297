# which allocations reuse a freed list's or dict's address: free lists versus calling the type
import gc
class Slot1:
    __slots__ = ("a",)
def reuse(make_old, make_new):
    old = make_old()
    addr = id(old)
    del old
    new = make_new()
    return id(new) == addr
cases = [
    ("[] then []", list, list),
    ("[] then [1]", lambda: [], lambda: [1]),
    ("[1] then list()", lambda: [1], lambda: list()),
    ("[1] then list((1,))", lambda: [1], lambda: list((1,))),
    ("[1] then [1][:]", lambda: [1], lambda: [1][:]),
    ("[1] then sorted", lambda: [1], lambda: sorted((2, 1))),
    ("[1] then comprehension", lambda: [1], lambda: [x for x in (1,)]),
    ("list() then [1]", lambda: list(), lambda: [1]),
    ("{} then {}", lambda: {}, lambda: {}),
    ("{} then dict()", lambda: {}, lambda: dict()),
    ("{} then dict(a=1)", lambda: {"a": 1}, lambda: dict(a=1)),
    ("{} then fromkeys", lambda: {"a": 1}, lambda: dict.fromkeys("a")),
    ("{} then copy", lambda: {"a": 1}, lambda: {"b": 2}.copy()),
    ("dict() then {}", lambda: dict(), lambda: {"x": 1}),
    ("dict() then dict()", dict, dict),
    ("list() then list()", list, list),
    ("dict() then set()", dict, set),
    ("(1,) then (2,)", lambda: (object(),), lambda: (object(),)),
    ("(1,) then (1, 2)", lambda: (object(),), lambda: (object(), 2)),
]
for name, a, b in cases:
    print(name, reuse(a, b))
x = [1, 2]
addr = id(x)
del x
gc.collect()
y = [3]
print("after collect, [] reuses", id(y) == addr)
