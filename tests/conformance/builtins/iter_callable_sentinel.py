# iter(callable, sentinel) calls until the sentinel comes back (or StopIteration), then drops both, callable first
import gc
import sys

stack = [1, 2, 0, 3]
it = iter(stack.pop, 0)
print(type(it).__name__, sys.getsizeof(it), gc.is_tracked(it))
print(list(it), stack, list(it))


class Tick:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        return self.n

    def __del__(self):
        print("tick freed")


class Sentinel:
    def __eq__(self, other):
        print("compare", other)
        return other == 3

    def __del__(self):
        print("sentinel freed")


for value in iter(Tick(), Sentinel()):
    print("got", value)
print(list(iter(Tick(), -1)))
try:
    iter(5, 1)
except TypeError as error:
    print(error)
