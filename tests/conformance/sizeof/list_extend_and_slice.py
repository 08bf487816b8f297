# extend, slicing and copying allocate different capacities.
import sys

a = [1, 2, 3]
a.extend([4, 5])
print("extended", sys.getsizeof(a))
print("slice", sys.getsizeof(a[1:4]))
print("copy", sys.getsizeof(a.copy()))
print("sorted", sys.getsizeof(sorted(a)))
b = []
b += [1, 2, 3, 4, 5, 6, 7]
print("+= 7 items", sys.getsizeof(b))
a.clear()
print("cleared", sys.getsizeof(a))
