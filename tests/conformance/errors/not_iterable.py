# Iterating over an int is a TypeError.
for ch in "ok":
    print(ch)
for x in 5:
    print(x)
