# PEP 479: a StopIteration leaving a generator becomes RuntimeError('generator raised StopIteration') with it as cause.
def inner():
    yield 1
    raise StopIteration
def outer():
    yield from inner()
for x in outer():
    print(x)
