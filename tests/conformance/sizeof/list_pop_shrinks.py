# Popping shrinks a list's allocation once it is less than half full.
import sys

items = [i for i in range(40)]
print(len(items), sys.getsizeof(items))
while items:
    before = sys.getsizeof(items)
    items.pop()
    after = sys.getsizeof(items)
    if after != before:
        print(len(items), after)
