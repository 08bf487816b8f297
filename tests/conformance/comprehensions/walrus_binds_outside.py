# A walrus inside a comprehension binds in the enclosing scope: a global at module level, a cell of the enclosing function otherwise
import sys

data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
print([z for x in data if (z := [x])], sys.getrefcount(z))


def last_big(items):
    found = [(best := item) for item in items if item > 1]
    return best, found, sys.getrefcount(best)


print(last_big([1, 5, 9000]))


def nested(rows):
    total = 0
    sums = [[(total := total + v) for v in row] for row in rows]
    return total, sums


print(nested([[1, 2], [3]]))


def declared_global():
    global seen
    [(seen := n) for n in range(3)]


declared_global()
print(seen)


def captured():
    values = [(last := [i]) for i in range(3)]
    print(sys.getrefcount(last), values[-1] is last)
    return lambda: last


print(captured()())
