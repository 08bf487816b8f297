# A full collection empties the tuple, list and dict free lists (clear_freelists): the next allocations
# of those kinds count toward generation 0 again. A young collection leaves them alone.
import gc

def pair(a, b):
    return (a, b)

def allocation_cost(make):
    before = gc.get_count()[0]
    made = make()
    cost = gc.get_count()[0] - before
    del made
    return cost

gc.disable()
gc.collect()
junk = [pair(i, [i]) for i in range(5)]
junk.append({})
junk.append(gc.get_count())
del junk
gc.collect(1)
print("after a young collection:", allocation_cost(lambda: pair(1, 2)), allocation_cost(lambda: [1]), allocation_cost(lambda: {1: 2}))
gc.collect()
print("after a full collection:", allocation_cost(lambda: pair(1, 2)), allocation_cost(lambda: [1]), allocation_cost(lambda: {1: 2}))
print("and again:", allocation_cost(lambda: pair(1, 2)), allocation_cost(lambda: [1]), allocation_cost(lambda: {1: 2}))
gc.enable()
