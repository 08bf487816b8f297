# A named except handler that raises inside with and try/finally: the blocks below it unwind with the right stack.
import sys

class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, sys.getrefcount(value) if value else 0)
        return kind is AttributeError

with Manager("outer") as m:
    try:
        x = 1 // 0
    except ZeroDivisionError as e:
        y = (5).clear()
print("after outer", sys.getrefcount(m))

def nested():
    try:
        with Manager("inner"):
            try:
                [][1]
            except IndexError as error:
                raise KeyError("k") from error
    finally:
        print("finally", sys.exc_info()[0].__name__)

try:
    nested()
except KeyError as caught:
    print("caught", repr(caught), type(caught.__cause__).__name__, caught.__context__ is caught.__cause__)

def handled_then_returns():
    for attempt in range(3):
        try:
            if attempt < 2:
                raise ValueError(attempt)
            return attempt
        except ValueError as problem:
            print("retry", problem, sys.getrefcount(problem))
            continue
        finally:
            print("attempt", attempt)
print(handled_then_returns(), sys.exc_info())

with Manager("last"):
    try:
        raise TypeError("t")
    except TypeError as t:
        del t
        raise ValueError("v")
