# closures: late binding in loops, default-arg capture, nonlocal counters, stateful wraps decorators
import functools, sys, gc

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
adders = []
for i in range(3):
    def add(x):
        return x + i
    adders.append(add)
i = 10
print([a(1) for a in adders])
print("cell shared:", adders[0].__closure__ is None)

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(5)
inc(); inc(10)
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__closure__[0].cell_contents)
print("cell refs", sys.getrefcount(inc.__closure__[0]))

def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def memo(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@counted
@memo
def fact(n):
    "factorial"
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10), fact.calls, fact.__name__, fact.__doc__, len(fact.cache))
print(fact.__wrapped__.__wrapped__.__name__, sorted(fact.__dict__))
print(fact(5), fact.calls)
gc.collect()
print("tracked closures", gc.is_tracked(inc.__closure__[0]), gc.is_tracked(fact))

def outer():
    x = []
    def inner():
        return x
    return inner
f = outer()
lst = f()
print("refs list held by cell", sys.getrefcount(lst))
del f
print("refs after del", sys.getrefcount(lst))
