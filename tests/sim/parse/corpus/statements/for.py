for i in range(10):
    print(i)
for a, b in pairs:
    pass
for (a, b) in pairs:
    pass
for x in 1, 2, 3:
    pass
for i in x:
    pass
else:
    pass
for obj.attr in x: pass
for lst[0] in x: pass
for *a, b in x: pass
