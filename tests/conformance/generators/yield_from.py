# yield from delegates to a sub-generator and returns its return value.
def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    print("inner returned:", result)
    yield 3
    yield from [4, 5]
    yield from range(6, 8)

print(list(outer()))
