# Keys already made when a key function raises are freed last to first; reverse=True computes keys in list order
class Key:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __del__(self): print("key freed", self.v)
def make_key(v):
    if v == 0:
        raise ValueError("zero")
    print("key for", v)
    return Key(v)
data = [3, 1, 2, 0, 4]
try:
    data.sort(key=make_key)
except ValueError as e:
    print("ValueError:", e)
print(data)
data = [3, 1, 2]
data.sort(key=make_key, reverse=True)
print(data)
print(sorted([5, 7, 6], key=make_key, reverse=True))
