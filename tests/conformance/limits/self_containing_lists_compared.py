# self-containing lists compared, caught
a = []; a.append(a)
b = []; b.append(b)
try:
    a == b
except RecursionError as e:
    print(e)
try:
    a < b
except RecursionError as e:
    print(e)
