# gc.get_count() around making and calling the getters (counted before printing), and cycles through a getter collected by gc.collect().
import gc
from operator import itemgetter, attrgetter, methodcaller

# The first keyword call of str.split and of list.sort sets up their keyword parsers (an allocation pymem does
# not model): done before counting.
"a,b".split(sep=",")
sorted([], key=None)
gc.collect()
gc.disable()
steps = []
base = gc.get_count()[0]
def mark(name):
    steps.append((name, gc.get_count()[0] - base))

ig = itemgetter(1)
mark("itemgetter")
ig2 = itemgetter(1, 2)
mark("itemgetter with two items")
ag = attrgetter("real")
mark("attrgetter")
ag2 = attrgetter("real", "imag.real")
mark("attrgetter dotted")
mc = methodcaller("count", 1)
mark("methodcaller")
mck = methodcaller("split", sep=",")
mark("methodcaller with keywords")
data = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
mark("data")
r1 = ig(data)
mark("one item")
r2 = ig2(data)
mark("two items")
r3 = ag2(5)
mark("two attributes")
r4 = mc([1, 1, 2])
mark("method call")
r5 = mck("a,b")
mark("method call with keywords")
r6 = sorted(data, key=ig2)
mark("sorted by itemgetter")
del ig, ig2, ag, ag2, mc, mck, r1, r2, r3, r4, r5, r6
mark("freed")
for name, count in steps:
    print(name, count)

class Node:
    def __del__(self):
        print("Node freed")
n = Node()
n.getter = itemgetter(n)
n.caller = methodcaller("m", n, k=n)
n.attrs = attrgetter("x")
del n
print("before collect")
print("collected", gc.collect())
gc.enable()
