# iterator wrappers 500 deep: next() through Python __next__
class Wrap:
    def __init__(self, inner):
        self.inner = inner
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.inner) + 1
it = iter(range(3))
for i in range(500):
    it = Wrap(it)
print(next(it))
for v in it:
    print(v)
