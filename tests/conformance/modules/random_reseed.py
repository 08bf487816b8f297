# Reseeding restarts the sequence; string and int seeds are both deterministic.
import random

random.seed(7)
first = [random.randint(0, 1000) for _ in range(5)]
random.seed(7)
second = [random.randint(0, 1000) for _ in range(5)]
print(first, first == second)
random.seed("pymem")
print(random.random())
random.seed(0)
print(random.getrandbits(32), random.getrandbits(8))
