# Stacked decorators with functools.wraps, decorators taking arguments, a class decorator wrapping methods, and the __wrapped__ chain
import functools, sys

def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print("call", f.__qualname__, [a if isinstance(a, (int, str)) else type(a).__name__ for a in args])
        return f(*args, **kwargs)
    return wrapper

def repeat(times):
    def decorator(f):
        @functools.wraps(f)
        def wrapper(*args):
            return [f(*args) for _ in range(times)]
        wrapper.times = times
        return wrapper
    return decorator

@trace
@repeat(2)
def greet(name: str) -> str:
    "Say hello."
    return "hi " + name

print(greet("ann"))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.times, greet.__annotations__)
layer = greet
depth = 0
while hasattr(layer, "__wrapped__"):
    layer = layer.__wrapped__
    depth += 1
print(depth, layer.__name__, layer("bo"), "times" in vars(layer))
print(sorted(vars(greet)), sorted(vars(greet.__wrapped__)))

# A class decorator replacing each method with a wrapper made by wraps.
def log_methods(cls):
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("__"):
            setattr(cls, name, trace(value))
    return cls

@log_methods
class Account:
    "An account."
    def __init__(self, balance):
        self.balance = balance
    def deposit(self, amount):
        "Add money."
        self.balance += amount
        return self.balance
    def report(self):
        return f"balance {self.balance}"

acct = Account(10)
print(acct.deposit(5), acct.report())
print(Account.deposit.__name__, Account.deposit.__qualname__, Account.deposit.__doc__)
print(Account.deposit.__wrapped__.__qualname__, type(acct.deposit).__name__)
print(acct.deposit.__name__, acct.deposit.__doc__, acct.deposit.__wrapped__ is Account.deposit.__wrapped__)
bound = acct.report
print(sys.getrefcount(acct), bound(), bound.__self__ is acct)
del bound
print(sys.getrefcount(acct))

# Decorators with keyword arguments and defaults, applied by hand and by @.
def tagged(label="none", *, upper=False):
    def decorator(f):
        @functools.wraps(f)
        def wrapper():
            text = f"{label}:{f()}"
            return text.upper() if upper else text
        return wrapper
    return decorator

@tagged("x", upper=True)
def one():
    return "one"
@tagged()
def two():
    return "two"
three = tagged(label="z")(lambda: "three")
print(one(), two(), three(), one.__name__, two.__name__, three.__name__, three.__qualname__)

# A wrapper calling itself through its module-level name keeps the decorated name.
@trace
def countdown(n):
    return n if n == 0 else countdown(n - 1)
print(countdown(2))
