# Class attributes are shared until an instance shadows them.
class Counter:
    instances = 0
    tags = []
    def __init__(self):
        Counter.instances += 1

a = Counter()
b = Counter()
print(Counter.instances, a.instances)
a.instances = 99
print(a.instances, b.instances, Counter.instances)
a.tags.append("shared")
print(b.tags)
print("instances" in vars(a), "instances" in vars(b))
