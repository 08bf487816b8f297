# A generator's __name__ and __qualname__ take only a str: anything else, or del, is a TypeError
def g(): yield
x = g()
for v in (5, None, b"x"):
    try:
        x.__name__ = v
    except TypeError as e:
        print(e)
    try:
        x.__qualname__ = v
    except TypeError as e:
        print(e)
for n in ("__name__", "__qualname__"):
    try:
        delattr(x, n)
    except TypeError as e:
        print(e)
print(x.__name__, x.__qualname__)
