# random.choices with and without weights draws what python3's does, and its list has the capacity of k appends.
import random, sys
random.seed(7)
print(random.choices("abc", k=4), random.choices([10, 20, 30], weights=[1, 0, 3], k=5), random.choices(range(5)))
print(random.choices(["x", "y"], cum_weights=[1, 10], k=6))
picks = random.choices(list(range(100)), k=5)
print(picks, sys.getsizeof(picks), sys.getsizeof(random.choices("ab", k=9)))
for bad in (lambda: random.choices("ab", weights=[1]), lambda: random.choices("ab", weights=[0, 0]), lambda: random.choices("ab", [1, 1], cum_weights=[1, 2])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
