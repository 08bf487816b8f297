# an index past sys.maxsize: IndexError "cannot fit 'int' into an index-sized integer" for sequences, OverflowError for list.pop/insert, range says out of range
import collections
class Huge:
    def __index__(self):
        return 2**80
for f in (lambda: [1][2**70], lambda: (1,)[-2**70], lambda: "a"[2**64], lambda: collections.deque([1])[2**70],
          lambda: [1][Huge()], lambda: [1].__setitem__(2**70, 1), lambda: [1].__delitem__(2**70),
          lambda: [1].pop(2**70), lambda: [1].insert(2**70, 1), lambda: [1, 2].insert(-2**70, 0),
          lambda: [1].pop(1.5), lambda: [1].insert("a", 1), lambda: [1, 2].pop(True),
          lambda: range(3)[2**70], lambda: [1, 2, 3][2**70:], lambda: [1, 2, 3][-2**70:1]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
grid = [[1, 2], [3, 4]]
print(grid[0][2**63])
