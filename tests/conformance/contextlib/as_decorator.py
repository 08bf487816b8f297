# A @contextmanager manager used as a decorator: every call of the function runs in a fresh manager (_recreate_cm)
import sys
from contextlib import contextmanager, ContextDecorator


@contextmanager
def traced(label):
    print(f"enter {label}")
    try:
        yield
    except ZeroDivisionError:
        print(f"{label}: swallowed division by zero")
    print(f"exit {label}")


@traced("work")
def work(a, b):
    """Divide a by b."""
    print("  working", a / b)
    return a / b


print(work.__name__, work.__doc__, work.__wrapped__.__name__)
print("result", work(6, 3))
print("result", work(1, 0))
print("result", work(8, b=2))


def payload():
    pass


manager = traced("shared")
decorated = manager(payload)
print("manager held by the wrapper:", sys.getrefcount(manager))
decorated()
decorated()
print("the original manager was never entered:", sorted(vars(manager)))


class Announce(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("announce enter", self.name)
        return self

    def __exit__(self, *exc):
        print("announce exit", self.name, exc[0])
        return False


@Announce("job")
def job(x):
    print("  job", x)
    if x < 0:
        raise ValueError("negative")
    return x * 2


print(job(4))
try:
    job(-1)
except ValueError as e:
    print("propagated:", e)

announcer = Announce("count")
wrapped = announcer(payload)
print("same manager each call:", sys.getrefcount(announcer))
wrapped()
print(sys.getrefcount(announcer))
