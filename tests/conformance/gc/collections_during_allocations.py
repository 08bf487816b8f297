# With threshold 1 almost every allocation of a tracked object starts a collection, in the middle of a class
# statement, an instance, a bound method, an exception and its traceback, and lazy iterators. Each collection
# is a trace step, so what the half-made objects hold must be shown then too.
import gc
gc.set_threshold(1, 1, 1)


class Box:
    size = 3

    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


box = Box([1, 2])
method = box.get
print(method())
try:
    raise ValueError("bad", [box])
except ValueError as e:
    print(e.args[0], len(e.args))
pairs = list(zip([1, 2], "ab"))
doubled = list(map(lambda x: x * 2, [3, 4]))
print(pairs, doubled, list(enumerate("xy")))
print(type(Box), gc.isenabled())
odd = list(filter(lambda x: x % 2, [1, 2, 3]))
print(odd)
