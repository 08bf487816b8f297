# A for loop over a temporary list holds the list and the item; after the loop the name keeps the last item.
import sys

class C:
    pass

x = C()
print("before:", sys.getrefcount(x))
for item in [x]:
    print("inside the loop:", sys.getrefcount(x))
print("after the loop:", sys.getrefcount(x))
del item
print("after del item:", sys.getrefcount(x))
