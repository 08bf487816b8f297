# A __del__ that raises: CPython reports "Exception ignored in" on stderr and carries on
import gc

class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
        raise RuntimeError('boom ' + self.name)
    def __repr__(self):
        return f'Bad({self.name!r})'

b = Bad('a')
del b
print('after a')
c = Bad('b')
c.me = c
del c
print('collected', gc.collect())
def f():
    x = Bad('c')
    return 1
print(f())
lst = [Bad('d'), Bad('e')]
lst.clear()
print('end')
