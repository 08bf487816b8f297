# random.sample reads only the items it picks from a large population (a set of chosen indices), and len() first.
import random
random.seed(1)
print(random.sample(range(10**6), 5))
print(random.sample(range(10), 3), random.sample("abcdefghijklmnopqrstuvwxyz", 4), random.sample([1, 2, 3], 3))
print(random.sample(range(100), 10))
try:
    random.sample(range(2**100), 5)
except OverflowError as e:
    print(e)
random.seed(7)
print(random.sample(range(10**12), 4))
class Seq:
    def __len__(self): return 1000
    def __getitem__(self, i): return i * 2
import collections.abc
collections.abc.Sequence.register(Seq)
print(random.sample([[i] for i in range(40)], 3))
big = [object() for _ in range(100)]
picked = random.sample(big, 30)
print(sys.getrefcount(picked[0]), len(set(map(id, picked))))
try:
    random.sample(range(5), 6)
except ValueError as e:
    print(e)
