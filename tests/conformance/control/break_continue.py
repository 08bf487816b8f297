# break and continue in nested loops.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        print(i, j, end="; ")
    print()
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
