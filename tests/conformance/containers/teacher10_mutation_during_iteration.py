# mutating containers while iterating them: skips, RuntimeErrors, and the safe patterns
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print("naive remove:", nums)
nums = [1, 2, 2, 3, 4, 4, 5]
nums[:] = [n for n in nums if n % 2]
print("slice assign:", nums)
grow = [1, 2]
for i, x in enumerate(grow):
    if i < 4:
        grow.append(x * 10)
print(grow)
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if k == "a":
            d["z"] = 26
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
        d[k + "2"] = 0
except RuntimeError as e:
    print("RuntimeError:", e, d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 99
print("value change ok", d)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] > 1:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(d.items())
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: lst.append(v) or v)
except ValueError as e:
    print("ValueError:", e, lst)
from collections import deque, OrderedDict
dq = deque([1, 2, 3])
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
od = OrderedDict(a=1, b=2)
try:
    for k in od:
        od["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
od = OrderedDict(a=1, b=2)
try:
    for k in od:
        od.move_to_end(k)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [0, 1, 2, 3]
for x in reversed(lst):
    if x == 2:
        lst.clear()
    print("rev", x)
keys = {"x": 1}.keys()
dd = {"x": 1}
kv = dd.keys()
dd["y"] = 2
print(kv, len(kv), "y" in kv)
