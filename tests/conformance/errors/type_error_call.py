# Calling with the wrong number of arguments is a TypeError.
def pair(a, b):
    return a, b

print(pair(1, 2))
pair(1)
