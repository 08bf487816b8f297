# An exception's attributes live in a real __dict__ (BaseException's dict slot), which gc.collect() counts in cycles
import gc, sys

gc.collect()
e = ValueError('x')
print(gc.get_referents(e))
e.code = 42
e.items = []
print(gc.get_referents(e), gc.is_tracked(e.__dict__), sys.getsizeof(e.__dict__))
print(e.__dict__ is e.__dict__, sys.getrefcount(e.__dict__))
del e.code
print(vars(e))

class AppError(Exception):
    def __init__(self, msg, payload):
        super().__init__(msg)
        self.payload = payload
        self.owner = self

err = AppError('bad', [1, 2])
print(gc.get_referents(err)[1:], sys.getsizeof(err.__dict__))
del err
print('cycle through dict', gc.collect())

class Slotted(Exception):
    __slots__ = ('slot',)

s = Slotted()
s.slot = [s]
s.extra = 1
print(len(gc.get_referents(s)), sorted(vars(s)))
del s
print('slotted', gc.collect())

def raise_with_note():
    e = KeyError('k')
    e.add_note('first')
    e.add_note('second')
    raise e

try:
    raise_with_note()
except KeyError as caught:
    print(caught.__notes__, list(caught.__dict__))
print('note cycle', gc.collect())

class Loop:
    def __del__(self):
        e = RuntimeError('from del')
        e.context_info = {'where': 'del'}
        raise e

x = Loop()
del x
print('after unraisable', gc.collect())
