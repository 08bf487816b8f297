# Fixed sizes: float, bool and None.
import sys

print("float", sys.getsizeof(1.5))
print("big float", sys.getsizeof(1e300))
print("True", sys.getsizeof(True))
print("False", sys.getsizeof(False))
print("None", sys.getsizeof(None))
