# _PyObject_GC_MAY_BE_TRACKED decides tuple and dict untracking: an untracked dict, a builtin function, a module or a heap type keeps its container tracked (so a cycle through an untracked dict is still collected); a static type such as int does not.
import gc, sys, collections, functools

class Probe:
    def __del__(self):
        print("Probe freed")

d = {"a": 1}
t = (d,)
gc.collect()
print("dict, tuple of it:", gc.is_tracked(d), gc.is_tracked(t))
d["t"] = t
d["p"] = Probe()
del d, t
print("collected", gc.collect())

tuples = [({},), (int, str), (len,), (sys,), ((1, 2),), (([],),), (frozenset([1]),), (1.5, "x", None), (Probe,), (print, abs), (range(3),), (collections.Counter,), (functools.partial,), (collections.deque,), (sys.stdout,), (globals(),)]
gc.collect()
print("tuples:", [gc.is_tracked(x) for x in tuples])
dicts = [{"k": int}, {"k": len}, {"k": sys}, {"k": {}}, {"k": (1,)}, {"k": ([],)}, {1: Probe}, {"k": globals()}, {"k": print}, {"k": frozenset()}, {"k": collections.Counter}, {"k": collections.deque}, {"k": sys.stdout}, {"k": [].append}]
print("dicts:", [gc.is_tracked(x) for x in dicts])
gc.collect()
print("after a collection:", [gc.is_tracked(x) for x in dicts])
print("classes:", [gc.is_tracked(c) for c in (collections.Counter, functools.partial, collections.deque, collections.OrderedDict, int, Probe)])
