# The sys functions the simulator provides.
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3, 4, 5]))
print(type(sys.getrefcount([])).__name__)
