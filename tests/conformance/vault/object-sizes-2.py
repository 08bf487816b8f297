#| title: getsizeof growth of a list
#| layout: vertical
#| max-steps: 2000
import sys

items = []
last = sys.getsizeof(items)
print(f"empty list: {last} bytes")
for n in range(1, 21):
    items.append(n)
    size = sys.getsizeof(items)
    if size != last:
        print(f"append #{n:2}: {size} bytes, room for {(size - 56) // 8} items")
        last = size
exact = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
print("a literal with 20 items:", sys.getsizeof(exact), "bytes")
