# What random's functions hold: choice returns the element itself, sample builds a new list that holds
# its picks, shuffle reorders a list in place without new references.
import random
import sys

random.seed(5)
items = [[i] for i in range(6)]
picked = random.choice(items)
print(picked, sys.getrefcount(picked))
chosen = random.sample(items, 3)
print(chosen, [sys.getrefcount(x) for x in items])
random.shuffle(items)
print(items, [sys.getrefcount(x) for x in items])
print(random.sample(range(10), 4), random.sample("abcdefgh", 2), random.randrange(10, 0, -2))
print(round(random.uniform(-1, 1), 6), random.getrandbits(70))
del chosen
print([sys.getrefcount(x) for x in items])
