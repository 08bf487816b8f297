# heapify of more than 2500 items sifts each sibling pair's parent as soon as the pair is done (cache_friendly_heapify): a few logging items show the order
import heapq
log = []
class Spy:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        log.append(("lt", self.v, getattr(other, "v", other)))
        return self.v < getattr(other, "v", other)
    def __gt__(self, other):
        log.append(("gt", self.v, getattr(other, "v", other)))
        return self.v > getattr(other, "v", other)
    def __repr__(self): return f"Spy({self.v})"
def build(n):
    items = list(range(n, 0, -1))
    for pos in range(n // 2 + 3, n, n // 9):
        items[pos] = Spy(items[pos] - 0.5)
    return items
for n in (2500, 2600):
    log.clear()
    h = build(n)
    heapq.heapify(h)
    print(n, len(log), log[:8], log[-4:])
    print(h[:7])
