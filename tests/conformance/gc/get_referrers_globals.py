# gc.get_referrers lists the module's globals dict among the holders of a global's value, after the young
# generations' objects; gc.freeze() takes the globals dict out of the generations get_referrers searches.
import gc
x = [1, 2]
holder = {"k": x}
box = [x]
refs = gc.get_referrers(x)
print(len(refs), [type(r).__name__ for r in refs], refs[-1] is globals())
def f():
    local = [3]
    return gc.get_referrers(local)
print(len(f()))
gc.collect()
refs = gc.get_referrers(x)
print([type(r).__name__ for r in refs], refs[0] is globals())
gc.freeze()
print([type(r).__name__ for r in gc.get_referrers(x)])
gc.unfreeze()
print(len(gc.get_referrers(x)))
