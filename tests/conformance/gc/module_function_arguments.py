# gc's functions check their arguments as CPython's do (METH_NOARGS, METH_O, METH_VARARGS, Argument Clinic), and is_tracked answers for builtin objects
import gc
for name, call in [("collect(3)", lambda: gc.collect(3)), ("collect(-1)", lambda: gc.collect(-1)), ("get_objects(3)", lambda: gc.get_objects(3)), ("get_objects(-1)", lambda: len(gc.get_objects(-1)) > 0), ("collect('x')", lambda: gc.collect("x")), ("set_threshold()", lambda: gc.set_threshold()), ("set_threshold(4 args)", lambda: gc.set_threshold(1, 2, 3, 4)), ("is_tracked()", lambda: gc.is_tracked()), ("get_objects(generation=5)", lambda: gc.get_objects(generation=5)), ("collect(1.5)", lambda: gc.collect(generation=1.5)), ("set_debug('x')", lambda: gc.set_debug("x")), ("get_referents()", lambda: gc.get_referents()), ("freeze(1)", lambda: gc.freeze(1)), ("collect(True)", lambda: gc.collect(True)), ("get_objects(-2)", lambda: gc.get_objects(-2))]:
    try:
        r = call()
        print(name, "->", r if not isinstance(r, list) else "list")
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
for name in ["enable", "disable", "isenabled", "get_debug", "get_count", "get_threshold", "freeze", "unfreeze", "get_freeze_count", "get_stats"]:
    f = getattr(gc, name)
    for args in [(1,), (1, 2)]:
        try:
            f(*args)
            print(name, "accepted")
        except TypeError as e:
            print(e)
    try:
        f(x=1)
        print(name, "accepted kw")
    except TypeError as e:
        print(e)
gc.enable()
for name, args in [("set_debug", ()), ("set_debug", (1, 2)), ("is_finalized", ()), ("is_finalized", (1, 2)), ("get_referrers", ()), ("collect", (1, 2))]:
    try:
        getattr(gc, name)(*args)
        print(name, "accepted")
    except TypeError as e:
        print(e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print(e)
try:
    gc.set_debug(flags=1)
    print("set_debug kw ok")
except TypeError as e:
    print(e)
try:
    gc.is_tracked(obj=1)
except TypeError as e:
    print(e)
gc.set_debug(0)
for name in ["set_threshold", "get_referrers", "get_referents"]:
    try:
        getattr(gc, name)(1, x=1)
        print(name, "accepted kw")
    except TypeError as e:
        print(e)
print(gc.get_threshold())
for name, c in [("c1", lambda: gc.collect(1, generation=2)), ("c2", lambda: gc.get_objects(0, generation=1)), ("c3", lambda: gc.collect(generation=None)), ("c4", lambda: gc.get_objects(generation=None, x=1)), ("c5", lambda: gc.get_objects(gen=1)), ("c6", lambda: gc.collect(1, 2, 3)), ("c7", lambda: gc.collect(generation=0))]:
    try:
        r = c()
        print(name, "ok")
    except TypeError as e:
        print(e)
import sys, math, functools, copy, weakref, itertools, collections
shared = {"len": len, "print": print, "gc": gc, "sys": sys, "gc.collect": gc.collect, "sys.stdout": sys.stdout, "sys.stderr": sys.stderr,
    "version_info": sys.version_info, "sys.argv": sys.argv, "math": math, "math.sqrt": math.sqrt, "weakref.ref": weakref.ref,
    "functools.reduce": functools.reduce, "int": int, "object": object, "type": type, "None": None, "True": True, "sys.maxsize": sys.maxsize,
    "''": "", "()": (), "collections.deque": collections.deque, "itertools.chain": itertools.chain, "copy.copy": copy.copy,
    "gc.callbacks": gc.callbacks, "gc.garbage": gc.garbage, "Ellipsis": ..., "math.pi": math.pi, "int.__add__": int.__add__,
    "list.append": list.append, "str.join": str.join, "object.__init__": object.__init__, "dict.fromkeys": dict.fromkeys, "[].append": [].append}
print([name for name, o in shared.items() if gc.is_tracked(o)])
print([name for name, o in shared.items() if not gc.is_tracked(o)])
