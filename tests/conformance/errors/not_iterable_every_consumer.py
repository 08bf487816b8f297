# iterating over things that are not iterable
class Bag:
    pass
for thing in (5, 1.5, None, Bag(), len, True):
    try:
        for x in thing:
            pass
    except TypeError as e:
        print(e)
    try:
        list(thing)
    except TypeError as e:
        print("list:", e)
    try:
        a, b = thing
    except TypeError as e:
        print("unpack:", e)
    try:
        [*thing]
    except TypeError as e:
        print("star:", e)
    try:
        print(1 in thing)
    except TypeError as e:
        print("in:", e)
    try:
        sorted(thing)
    except TypeError as e:
        print("sorted:", e)
    try:
        dict(thing)
    except TypeError as e:
        print("dict:", e)
    try:
        "".join(thing)
    except TypeError as e:
        print("join:", e)
    try:
        sum(thing)
    except TypeError as e:
        print("sum:", e)
    try:
        max(thing)
    except TypeError as e:
        print("max:", e)
    try:
        zip(thing)
    except TypeError as e:
        print("zip:", e)
    try:
        enumerate(thing)
    except TypeError as e:
        print("enumerate:", e)
    try:
        {}.update(thing)
    except (TypeError, ValueError) as e:
        print("update:", e)
    try:
        set().update(thing)
    except TypeError as e:
        print("set.update:", e)
    try:
        [].extend(thing)
    except TypeError as e:
        print("extend:", e)
    try:
        f = lambda *a: a
        f(*thing)
    except TypeError as e:
        print("call*:", e)
    try:
        f = lambda **k: k
        f(**thing)
    except TypeError as e:
        print("call**:", e)
    try:
        {**thing}
    except TypeError as e:
        print("dict**:", e)
    try:
        def g():
            yield from thing
        list(g())
    except TypeError as e:
        print("yield from:", e)
count = 10
for i in count:
    print(i)
