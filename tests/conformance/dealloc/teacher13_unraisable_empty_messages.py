# A __del__ that raises: CPython's unraisable report writes "Type: str" even for an empty message, and no SyntaxError block
import weakref

class Bare:
    def __del__(self):
        raise ValueError

class Empty:
    def __del__(self):
        raise KeyError('')

class Syntax:
    def __del__(self):
        raise SyntaxError('bad', ('f.py', 1, 2, 'x y'))

class Silent(Exception):
    def __str__(self):
        return ''

class Custom:
    def __del__(self):
        raise Silent('hidden')

class BadStr(Exception):
    def __str__(self):
        raise TypeError('no str')

class Worse:
    def __del__(self):
        raise BadStr()

for cls in (Bare, Empty, Syntax, Custom, Worse):
    obj = cls()
    del obj
    print('after', cls.__name__)

class Target:
    pass

def callback(ref):
    raise LookupError

t = Target()
r = weakref.ref(t, callback)
del t
print('end')
