# An uncaught IndexError: stdout so far, then exit status 1.
items = [1, 2, 3]
print("before")
print(items[5])
print("never")
