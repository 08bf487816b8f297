# list += a list subclass iterates it through its own __iter__, as list_extend copies only an exact list; sizes after += match python3's
import sys
class L(list):
    def __iter__(self):
        return iter(["it"])
x = [0]
x += L(["a"])
print(x, x.__iadd__(L(["b"])), sys.getsizeof(x))
class M(list):
    pass
y = [1, 2]
y += M([3, 4, 5])
print(y, sys.getsizeof(y))
z = [1]
z += z
z += [2, 3]
print(z, sys.getsizeof(z))
class N(list):
    def __len__(self):
        return 100
w = []
w += N([1, 2])
print(w, sys.getsizeof(w))
