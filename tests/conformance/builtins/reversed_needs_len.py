# reversed() of an object with __getitem__ but no usable __len__ fails in PySequence_Size, not as 'not reversible'
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i
class Meta(type):
    def __getitem__(cls, i):
        return i
class M(metaclass=Meta):
    pass
class NoneLen:
    __len__ = None
    def __getitem__(self, i):
        return i
class BadLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
for obj in [Seq(), M, NoneLen(), BadLen(), object(), {1: 2}.items()]:
    try:
        print(list(reversed(obj)))
    except Exception as e:
        print(type(e).__name__, e)
