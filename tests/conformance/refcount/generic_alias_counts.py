# Generic aliases in annotations and subclasses: who holds them, __orig_class__, cycles and collection.
import sys, gc
gc.collect()
def f(x: list[int], y: dict[str, int] = None) -> tuple[int, ...]:
    return ()
ann = f.__annotations__
print(ann, sys.getrefcount(ann["x"]), gc.get_count()[0] > 0)
class Stack(list):
    pass
s = Stack[int]()
print(s.__orig_class__, sys.getrefcount(s.__orig_class__), type(s).__name__)
alias = Stack[str]
print(alias, sys.getrefcount(Stack) > 2, alias.__origin__ is Stack)
holder = []
g = list[holder.__class__]
print(sys.getrefcount(g))
cyc = Stack()
cyc.kind = Stack[cyc.__class__]
cyc.append(cyc)
del cyc
collected = gc.collect()
before = gc.get_count()[0]
aliases = [dict[str, int] for _ in range(5)]
made = gc.get_count()[0] - before
del aliases
# Counted before printing: print's own allocations right after a collection are not simulated (see docs).
print(collected, made, gc.get_count()[0] - before)
class Box:
    def __del__(self):
        print("Box freed")
b = Box()
keep = Stack[int]
keep2 = list[keep]
print(keep2)
del keep
print(sys.getrefcount(keep2.__args__[0]))
