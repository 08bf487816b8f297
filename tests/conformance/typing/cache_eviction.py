# typing's lru caches keep 128 subscriptions each: past that the oldest entries (and their references) go
import sys
from typing import List, Set

classes = [type(f"C{i}", (), {}) for i in range(140)]
first = classes[0]
start = sys.getrefcount(first)
for c in classes:
    List[c]
print(sys.getrefcount(first) - start, sys.getrefcount(classes[-1]) - start)
counts = [sys.getrefcount(c) - start for c in classes]
print(counts.index(2), counts.count(0), counts.count(2))
List[classes[50]]
for c in classes[:10]:
    Set[c]
print(sys.getrefcount(classes[50]) - start, sys.getrefcount(classes[5]) - start)
