if (n := len(data)) > 10:
    print(n)
while (line := read()):
    pass
vals = [y for x in data if (y := f(x))]
print(z := 5)
w = (a := 1, b := 2)
item = seq[i := 0]
