# iterator protocol objects and their refcount/sizes; enumerate/zip/map/filter/reversed details
import sys
data = [10, 20, 30]
e = enumerate(data)
print(next(e), sys.getrefcount(data) - 1, list(e), next(e, None))
z = zip(data, "ab", strict=False)
print(list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as err:
    print(err)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as err:
    print(err)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as err:
    print(err)
r = reversed(data)
print(next(r), list(r))
m = map(pow, [2, 3], [3, 2], [5])
print(list(m))
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(list(f))
it = iter(data)
print(type(it).__name__, type(iter(range(3))).__name__, type(iter({})).__name__, type(iter({}.items())).__name__, type(iter("")).__name__, type(iter(set())).__name__, type(iter(())).__name__)
data.append(40)
print(list(it))
ri = iter(range(5))
next(ri)
print(list(ri))
print(list(zip()), list(map(str, [])), list(enumerate([], 3)))
try:
    map(1, [1])
    print("map created")
    list(map(1, [1]))
except TypeError as err:
    print(err)
try:
    enumerate(5)
except TypeError as err:
    print(err)
try:
    zip(1)
except TypeError as err:
    print(err)
try:
    filter(None, 1)
except TypeError as err:
    print(err)
try:
    reversed({1, 2})
except TypeError as err:
    print(err)
try:
    reversed(x for x in [1])
except TypeError as err:
    print(err)
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(3))), list(reversed("ab")), list(reversed((1, 2))))
print(sum([[1], [2]], []), sum([0.1] * 3), sum(range(5), 10), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError as err:
    print(err)
print(min([], default="empty"), max([3, 1], key=lambda v: -v), min(3, 1, 2), max("a", "B"), max([1, 1.0]), max([1.0, 1]))
try:
    max([])
except ValueError as err:
    print(err)
try:
    min(1)
except TypeError as err:
    print(err)
try:
    max(1, 2, default=0)
except TypeError as err:
    print(err)
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(iter([1, 0])))
print(sorted([3, 1, 2], reverse=True), list(range(10, 0, -3)), range(5)[::-1], range(0, 10, 3)[1:], len(range(-5)), 3 in range(0, 10, 3), range(5).index(3), range(3) == range(0, 3, 1))
