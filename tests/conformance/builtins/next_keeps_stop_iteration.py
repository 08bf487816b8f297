# StopIteration raised by a Python __next__ through next()
class I:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("done")
try:
    next(I())
except StopIteration as e:
    print(repr(e), e.value)
print(next(I(), "dflt"))
next(I())
