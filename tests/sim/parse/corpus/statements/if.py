if x:
    a = 1
if x:
    a = 1
else:
    a = 2
if x:
    a = 1
elif y:
    a = 2
elif z:
    a = 3
else:
    a = 4
if x: y = 1
if x: pass
else: pass
