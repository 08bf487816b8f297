counter = 0
def inc():
    global counter
    counter += 1
def outer():
    x = 0
    def inner():
        nonlocal x
        x += 1
    global a, b
    return inner
