# index and key errors on every container
import collections
cases = [
    ("list", lambda: [1, 2][5]), ("list neg", lambda: [1, 2][-3]), ("tuple", lambda: (1,)[1]),
    ("str", lambda: "ab"[2]), ("range", lambda: range(3)[3]), ("bytes", lambda: b"ab"[9]),
    ("bytearray", lambda: bytearray(2)[2]), ("dict", lambda: {"a": 1}["b"]),
    ("dict tuple", lambda: {}[(1, 2)]), ("dict none", lambda: {}[None]), ("deque", lambda: collections.deque()[0]),
    ("pop empty", lambda: [].pop()), ("pop idx", lambda: [1].pop(3)), ("set pop", lambda: set().pop()),
    ("set remove", lambda: {1}.remove(2)), ("dict pop", lambda: {}.pop("k")), ("popitem", lambda: {}.popitem()),
    ("list idx str", lambda: [1]["a"]), ("list idx float", lambda: [1][1.0]), ("tuple idx none", lambda: (1,)[None]),
    ("str idx", lambda: "a"["0"]), ("list assign", lambda: [].__setitem__(0, 1)), ("del", lambda: [].__delitem__(0)),
    ("index", lambda: [1, 2].index(3)), ("str index", lambda: "abc".index("d")), ("tuple index", lambda: (1,).index(2)),
    ("deque remove", lambda: collections.deque([1]).remove(2)), ("defaultdict", lambda: collections.defaultdict(None)["x"]),
    ("Counter", lambda: collections.Counter()["x"]), ("range index", lambda: range(3).index(5)),
    ("int subscript", lambda: 5[0]), ("none subscript", lambda: None[0]), ("func subscript", lambda: len[0]),
    ("set subscript", lambda: {1}[0]), ("dict keys idx", lambda: {1: 2}.keys()[0]),
    ("str assign", lambda: "abc".__setitem__(0, "x")), ("frozenset remove", lambda: frozenset().remove(1)),
    ("empty str idx", lambda: ""[0]), ("huge idx", lambda: [1][2**70]),
]
for name, fn in cases:
    try:
        fn()
    except Exception as e:
        print(name, type(e).__name__, repr(e))
grid = [[1, 2], [3, 4]]
print(grid[1][2])
