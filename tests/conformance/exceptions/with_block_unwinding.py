# An exception raised by an instruction in the middle of an expression (a subscript, a call, a division)
# inside a with-block inside a loop: __exit__ sees it, the operands left on the value stack are released,
# and the loop goes on. Slices are unhashable in 3.11.
import sys


class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is ZeroDivisionError


table = {"a": 1}
for key in ["a", "b", slice(1, 2)]:
    try:
        with Guard(str(key)) as guard:
            print("value", table[key], sys.getrefcount(guard))
    except (KeyError, TypeError) as error:
        print("caught", type(error).__name__, error)

for divisor in [1, 0]:
    with Guard("divide"):
        print("result", [1, 2][0] + 10 // divisor)
    print("after", divisor)
print(sys.getrefcount(table))
