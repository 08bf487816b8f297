# A with statement holds the context manager's __exit__ while the block runs.
import sys

class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

m = Manager()
print("before:", sys.getrefcount(m))
with m as inside:
    print("inside the block:", sys.getrefcount(m))
print("after, name still bound:", sys.getrefcount(m))
