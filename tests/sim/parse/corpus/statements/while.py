while x:
    x -= 1
while x:
    x -= 1
else:
    done = True
while True:
    if x:
        break
