# every `import sys` makes and clears an AttributeError (sys.__spec__ has no _initializing), counted by gc.get_count()
import gc

def import_inside():
    import sys
    return sys

def from_import_inside():
    from sys import getrefcount
    return getrefcount

def import_gc_inside():
    import gc as collector
    return collector

deltas = []
for fn in [import_inside, import_inside, from_import_inside, import_gc_inside]:
    gc.collect()
    before = gc.get_count()[0]
    fn()
    deltas.append(gc.get_count()[0] - before)
gc.collect()
before = gc.get_count()[0]
import sys
import sys as again
deltas.append(gc.get_count()[0] - before)
print(deltas)
gc.collect()
first = import_inside()
x = []
print(sys.getrefcount(x), first is sys)
