#| title: Two labels on one list
#| panels: source, heap
import sys

scores = [70, 85]
backup = scores
backup.append(90)
print("scores:", scores)
print("same object?", scores is backup)
print("refcount:", sys.getrefcount(scores))
backup = list(scores)
print("after a real copy, same object?", scores is backup)
print("equal values?", scores == backup)
print("refcount:", sys.getrefcount(scores))
