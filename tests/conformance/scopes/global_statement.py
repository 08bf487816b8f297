# global rebinds a module-level name from inside a function.
total = 0

def add(n):
    global total
    total += n

def read():
    return total

for i in range(4):
    add(i)
print(total, read())

def shadow():
    total = "local"
    return total

print(shadow(), total)
