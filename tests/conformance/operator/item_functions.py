# operator.getitem, setitem, delitem, concat and length_hint, on builtins and on classes with __getitem__/__len__/__length_hint__.
import operator
import sys

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

class Hinted:
    def __length_hint__(self):
        return 12

class Sized:
    def __len__(self):
        return 3

d = {}
value = ["payload"]
operator.setitem(d, "k", value)
print(sys.getrefcount(value), operator.getitem(d, "k") is value)
operator.delitem(d, "k")
print(sys.getrefcount(value), d)
g = Grid()
operator.setitem(g, (0, 1), "#")
print(operator.getitem(g, (0, 1)), operator.getitem(g, (5, 5)))
operator.delitem(g, (0, 1))
nums = list(range(10))
print(operator.getitem(nums, slice(2, 5)), operator.getitem("hello", -1))
operator.setitem(nums, slice(0, 8), [])
print(nums)
operator.delitem(nums, 0)
print(nums)
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2, 3)))
lst = [1]
print(operator.iconcat(lst, [2]) is lst, lst)
print(operator.length_hint([1, 2, 3]), operator.length_hint(Hinted()), operator.length_hint(Sized()), operator.length_hint(5), operator.length_hint(5, 9))
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1], reverse=True))
