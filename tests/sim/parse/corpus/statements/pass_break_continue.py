for i in range(3):
    if i == 0:
        continue
    if i == 2:
        break
    pass
while True:
    break
