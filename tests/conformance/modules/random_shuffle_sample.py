# random.shuffle, sample and uniform with a seed.
import random

random.seed(2024)
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(round(random.uniform(1, 2), 6))
random.seed(2024)
again = list(range(10))
random.shuffle(again)
print(again == deck)
