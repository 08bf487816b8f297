# list.sort with a key or comparison that raises, a key called per item in list order even with reverse=True, and mutation during the sort
data = [3, 1, "two", 5]
def key(v):
    if isinstance(v, str):
        raise ValueError(f"bad item {v!r}")
    return -v
try:
    data.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(data)
try:
    data.sort()
except TypeError as e:
    print("TypeError:", e)
print(data)
nums = [5, 2, 9]
def noisy(a):
    print("key", a)
    return a
nums.sort(key=noisy, reverse=True)
print(nums)
try:
    sorted([1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if other.v == 0: raise RuntimeError("cannot compare to zero")
        return self.v < other.v
    def __repr__(self): return f"C{self.v}"
items = [Cmp(3), Cmp(1), Cmp(0), Cmp(2)]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError:", e)
print(items)
lst = [3, 2, 1]
def mutate(v):
    lst.append(v)
    return v
try:
    lst.sort(key=mutate)
except ValueError as e:
    print("ValueError:", e)
print(lst)
