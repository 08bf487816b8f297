#| title: Automatic collections
#| max-steps: 20000
#| python: 3.11
import gc

class Node:
    def __init__(self):
        self.partner = None

def report(phase, info):
    if phase == "stop":
        print(f"generation {info['generation']} collected: {info['collected']} objects")

print("thresholds:", gc.get_threshold())
gc.collect()
gc.callbacks.append(report)
for i in range(1000):
    first = Node()
    second = Node()
    first.partner = second
    second.partner = first
gc.callbacks.remove(report)
print("collected by hand at the end:", gc.collect())
