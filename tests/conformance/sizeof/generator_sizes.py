# sys.getsizeof of generators: the generator plus its embedded frame, one pointer per local, cell and stack slot.
import sys

squares = (x * x for x in range(1000))
print("genexpr", sys.getsizeof(squares), "list", sys.getsizeof([x * x for x in range(1000)]))

def count(n):
    for i in range(n):
        yield i
print("count", sys.getsizeof(count(3)))

def wide(a, b, c):
    total = a + b
    parts = [a, b, c, total]
    yield from parts
print("wide", sys.getsizeof(wide(1, 2, 3)))

def guarded(items):
    for item in items:
        try:
            yield 10 / item
        except ZeroDivisionError as error:
            yield str(error)
        finally:
            print("after", item)
print("guarded", sys.getsizeof(guarded([1, 0])))

class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def managed():
    with Resource() as r:
        yield r
print("managed", sys.getsizeof(managed()))

def closure_maker(step):
    def stepped(n):
        for i in range(0, n, step):
            yield (i, step, [i] * 2)
    return stepped
print("closure", sys.getsizeof(closure_maker(2)(10)))

def calls(xs):
    yield max(xs, key=lambda v: -v), sorted(xs, reverse=True), dict(a=1, b=2, c=3)
print("calls", sys.getsizeof(calls([3, 1, 2])))

nested = (y for row in [[1, 2], [3]] for y in row if y)
print("nested", sys.getsizeof(nested))

g = count(2)
print("fresh", sys.getsizeof(g), list(g), "exhausted", sys.getsizeof(g))

class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def walk(self, depth=0):
        yield depth
        for kid in self.kids:
            yield from kid.walk(depth + 1)
print("method", sys.getsizeof(Tree().walk()))

def conditional(flag):
    x = [1, 2, 3] if False else None
    if flag and (flag > 1 or flag < -1):
        yield x
print("conditional", sys.getsizeof(conditional(2)))

def asserted(n):
    assert n > 0, f"expected positive, got {n}"
    yield n
print("asserted", sys.getsizeof(asserted(1)))

for f in (count, wide, guarded, managed, calls, Tree.walk, conditional, asserted):
    print(f.__name__, f.__code__.co_nlocals, f.__code__.co_stacksize)
