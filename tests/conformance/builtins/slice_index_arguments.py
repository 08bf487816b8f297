# start/stop arguments of index/find/count/startswith: lists, tuples, deques and arrays refuse None (_PyEval_SliceIndexNotNone), str and bytes take it, both with CPython's message
import collections, array
calls = [("list.index start", lambda: [1, 2].index(1, "a")), ("list.index stop", lambda: [1, 2].index(1, 0, "b")), ("list.index None", lambda: [1, 2].index(1, None)),
 ("tuple.index", lambda: (1, 2).index(1, "a")), ("tuple.index None", lambda: (1, 2).index(1, 0, None)),
 ("str.index", lambda: "ab".index("a", "x")), ("str.find", lambda: "ab".find("a", 1.5)), ("str.find None", lambda: "ab".find("a", None, None)), ("str.count", lambda: "ab".count("a", [])),
 ("str.startswith", lambda: "ab".startswith("a", "x")), ("str.endswith", lambda: "ab".endswith("a", 0, 1.0)), ("str.rfind", lambda: "ab".rfind("a", {})),
 ("bytes.find", lambda: b"ab".find(b"a", "x")), ("bytes.count", lambda: b"ab".count(b"a", 0, 1.5)), ("bytearray.index", lambda: bytearray(b"ab").index(b"a", "x")),
 ("deque.index", lambda: collections.deque([1]).index(1, "a")), ("deque.index None", lambda: collections.deque([1]).index(1, None)),
 ("array.index", lambda: array.array("i", [1]).index(1, "a")), ("list.index big", lambda: [1, 2].index(2, -10**30, 10**30)), ("str.find big", lambda: "ab".find("b", -10**30, 10**30)),
 ("slice", lambda: [1, 2, 3]["a":]), ("slice float", lambda: [1, 2][1.0:]), ("slice none", lambda: [1, 2][None:None]), ("str slice", lambda: "abc"[:"x"]), ("tuple slice", lambda: (1,)[::1.5])]
for name, c in calls:
    try:
        print(name, c())
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
