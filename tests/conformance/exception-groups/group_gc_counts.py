# gc.get_count() across making, splitting and catching groups counts CPython's allocations (tuples, lists, parts)
import gc
v = ValueError(1)
t = TypeError(2)
eg = ExceptionGroup("msg", [v, t])
one = ExceptionGroup("one", [v])
def count(label, f):
    gc.collect()
    before = gc.get_count()[0]
    result = f()
    print(label, gc.get_count()[0] - before)
    return result
count("make", lambda: ExceptionGroup("x", [v, t]))
count("make from tuple", lambda: ExceptionGroup("x", (v,)))
count("derive", lambda: eg.derive([v]))
count("split", lambda: eg.split(ValueError))
count("split none", lambda: one.split(TypeError))
count("subgroup", lambda: eg.subgroup(ValueError))
count("subgroup all", lambda: eg.subgroup(Exception))
count("subgroup function", lambda: eg.subgroup(lambda e: isinstance(e, TypeError)))
def catch():
    try:
        raise eg
    except* ValueError:
        pass
    except* TypeError:
        pass
def catch_naked():
    try:
        raise v
    except* ValueError:
        pass
def partial():
    try:
        raise eg
    except* ValueError:
        pass
count("except* all", catch)
count("except* naked", catch_naked)
def outer():
    try:
        partial()
    except ExceptionGroup:
        pass
count("except* partial", outer)
