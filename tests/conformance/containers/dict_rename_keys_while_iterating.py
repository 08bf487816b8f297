# Renaming keys while iterating a dict: each pop and insert reuses no slot, and a resize makes the iterator skip
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        print("visit", k)
        d[k.upper()] = d.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i for i in range(5)}
try:
    for k in d:
        print("visit", k)
        d[k + 10] = d.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
