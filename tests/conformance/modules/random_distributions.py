# random's distributions (gauss, normalvariate, gammavariate...): random.py's draws and float operations, so python3's numbers.
import random
for s in range(12):
    random.seed(s)
    out = [random.gauss(), random.gauss(2, 3), random.gauss(1.5, 0), random.normalvariate(), random.normalvariate(10, 2.5),
           random.lognormvariate(0, 1), random.expovariate(1.5), random.expovariate(3),
           random.triangular(), random.triangular(2, 8), random.triangular(2, 8, 7), random.triangular(5, 1, 2), random.triangular(low=3, high=3, mode=3),
           random.gammavariate(0.5, 2), random.gammavariate(1, 2), random.gammavariate(1.0, 3), random.gammavariate(5, 0.5), random.gammavariate(2.5, 1),
           random.betavariate(2, 5), random.betavariate(0.3, 0.7), random.paretovariate(2.5), random.paretovariate(1), random.weibullvariate(1.5, 2), random.weibullvariate(2, 0.5),
           random.gauss(), random.random()]
    print(s, out)
random.seed(1)
print(random.gauss(), random.gauss())
random.seed(1)
print(random.gauss())
random.seed(1)
print(random.gauss(), random.gauss())
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: random.expovariate(0))
attempt(lambda: random.gammavariate(0, 1))
attempt(lambda: random.gammavariate(1, -1))
attempt(lambda: random.paretovariate(0))
attempt(lambda: random.weibullvariate(1, 0))
attempt(lambda: random.lognormvariate(1000, 1))
attempt(lambda: random.gauss(10**400, 1))
attempt(lambda: random.expovariate())
attempt(lambda: random.triangular(1, 1, 1))
attempt(lambda: random.triangular(1.0, 1, 5))
attempt(lambda: random.triangular(mode=None))
attempt(lambda: random.betavariate(1, 1))
attempt(lambda: random.gauss(True, 2))
print(random.random())
