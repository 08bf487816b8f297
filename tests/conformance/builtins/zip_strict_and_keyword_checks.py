# zip(strict=True) raises when lengths differ (naming which argument), and builtins refuse keywords they do not take.
print(list(zip("abc", range(3), strict=True)))
print(list(zip("ab", [1, 2, 3])))
for args in (("ab", [1, 2, 3]), ("abc", [1, 2]), ("ab", [1, 2], [1]), ("ab", "ab", "ab", "abc"), ("", "x")):
    z = zip(*args, strict=True)
    try:
        for row in z:
            print(row)
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1], [2, 3], strict=0)))


def gen(n):
    for i in range(n):
        print("gen yields", i)
        yield i


try:
    print(list(zip(gen(1), gen(3), strict=True)))
except ValueError as e:
    print("ValueError:", e)

for call in (
    lambda: zip([1], foo=1),
    lambda: max([1], foo=1),
    lambda: min(1, 2, key=None, default=3),
    lambda: max([], default=1, key=len),
    lambda: sorted([3, 1], foo=1),
    lambda: sorted([3, 1], key=None, reverse=1),
    lambda: sum([1], start=5),
    lambda: sum([1], foo=5),
    lambda: print(1, foo=2),
    lambda: map(len, [1], x=1),
    lambda: max(iterable=[1]),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
