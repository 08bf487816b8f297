# Which iterators the cyclic collector tracks: range_iterator is not a GC type, so creating one does not
# count toward generation 0; the iterators of containers are.
import gc

for name, it in [("range", iter(range(3))), ("list", iter([1])), ("tuple", iter((1, 2))), ("str", iter("ab")),
                 ("dict", iter({1: 2})), ("set", iter({1})), ("map", map(abs, [1])), ("zip", zip([1], [2]))]:
    print(name, gc.is_tracked(it))

ranges = []
gc.collect()
before = gc.get_count()[0]
for _ in range(10):
    ranges.append(iter(range(5)))
after = gc.get_count()[0]
print("allocations counted for ten range iterators:", after - before)
