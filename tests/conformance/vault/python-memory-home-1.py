#| title: Your first memory diagram
#| panels: source, heap
#| layout: vertical
import sys

shopping = ["eggs", "milk"]
basket = shopping
basket.append("bread")
print(shopping)
print("references to the list:", sys.getrefcount(shopping) - 1)
del basket
print("after del basket:", sys.getrefcount(shopping) - 1)
