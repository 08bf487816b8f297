# automatic collections in a loop that leaks cycles: when they happen, what the counts are, and generations
import gc

class Leaky:
    made = 0
    freed = 0
    def __init__(self):
        Leaky.made += 1
        self.me = self
        self.data = [Leaky.made]
    def __del__(self):
        Leaky.freed += 1

gc.collect()
seen = []
def cb(phase, info):
    if phase == "stop":
        seen.append((info["generation"], info["collected"], Leaky.made))
gc.callbacks.append(cb)
for i in range(800):
    Leaky()
    if i % 200 == 0:
        print(i, gc.get_count(), Leaky.freed)
gc.callbacks.remove(cb)
print(seen)
print("made", Leaky.made, "freed", Leaky.freed, gc.get_count())
print("final collect", gc.collect(), Leaky.freed)
class Plain:
    pass
gc.collect()
keep = []
for i in range(800):
    keep.append(Plain())
print(gc.get_count())
gc.collect()
print(gc.get_count())
d = {}
for i in range(650):
    d[i] = (i, [i])
print(gc.get_count())
t = [tuple(range(3)) for _ in range(100)]
print(gc.get_count(), gc.is_tracked(t[0]))
gc.collect()
print(gc.is_tracked(t[0]), gc.is_tracked(d[0]), gc.get_count())
