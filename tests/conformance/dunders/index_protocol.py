# Objects with __index__ work wherever CPython wants an integer: subscripts, slices, range, bin/hex, slice.indices.
class Two:
    def __index__(self):
        return 2


class Bad:
    def __index__(self):
        return "x"


two = Two()
data = [10, 20, 30, 40, 50]
print(data[two], "abcde"[two], (1, 2, 3)[two], data[two:], data[:two], data[::two], list(range(two)), list(range(1, 10, two)))
print(bin(two), hex(two), oct(two), [0] * two, "ab" * two, slice(two, 8, two).indices(6), range(10)[two])
print(slice(2, 8, 3).indices(6), slice(None).indices(5), slice(None, None, -1).indices(5), slice(-100, 100, 2).indices(7))
data[two] = 99
del data[Two()]
print(data)
for thing in [lambda: data[Bad()], lambda: data[1.5], lambda: data[Bad():], lambda: range(Bad()), lambda: slice(0, 1, 0).indices(5),
              lambda: slice(1).indices(-1), lambda: slice("a").indices(3), lambda: slice(1).indices("a"), lambda: data["a":]]:
    try:
        print(thing())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
