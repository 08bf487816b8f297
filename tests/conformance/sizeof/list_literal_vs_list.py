# A list's size follows its capacity, which depends on how it was built.
import sys

print("[]", sys.getsizeof([]))
print("[1, 2, 3]", sys.getsizeof([1, 2, 3]))
print("list(range(3))", sys.getsizeof(list(range(3))))
print("list((1, 2, 3))", sys.getsizeof(list((1, 2, 3))))
print("[0] * 3", sys.getsizeof([0] * 3))
print("[0] * 10", sys.getsizeof([0] * 10))
print("comprehension of 3", sys.getsizeof([i for i in range(3)]))
print("comprehension of 10", sys.getsizeof([i for i in range(10)]))
