#| title: What the collector watches
import gc

print("an int:", gc.is_tracked(42))
print("a str:", gc.is_tracked("hello"))
print("a list:", gc.is_tracked([]))
prices = {"tea": 3}
print("a dict of numbers:", gc.is_tracked(prices))
prices["extras"] = []
print("the dict now holds a list:", gc.is_tracked(prices))
low = 1
high = 2
pair = (low, high)
print("a new tuple of ints:", gc.is_tracked(pair))
gc.collect()
print("the tuple after a collection:", gc.is_tracked(pair))
