# gc.get_stats(): what each generation's collections add (python3's absolute figures include its startup's collections).
import gc
def snapshot():
    return [dict(s) for s in gc.get_stats()]
class C:
    def __init__(self): self.me = self
before = snapshot()
for i in range(3):
    C()
print(gc.collect(), gc.collect(0), gc.collect(1))
after = snapshot()
print([{k: a[k] - b[k] for k in a} for a, b in zip(after, before)])
print(sorted(gc.get_stats()[2]), len(gc.get_stats()))
