# random with a fixed seed is deterministic: the same Mersenne Twister sequence as CPython.
import random

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(100), random.randrange(0, 100, 5))
print(random.choice("abcdef"), random.choice([10, 20, 30]))
