# yield from keeps the subgenerator (and its locals) alive; gi_yieldfrom shows it; close() reaches both
import sys, gc

class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  free', self.name)

def inner():
    t = Tag('inner-local')
    try:
        yield 1
        yield 2
    finally:
        print('  inner finally')
    return 'inner-result'

def outer():
    o = Tag('outer-local')
    result = yield from inner()
    print('  got', result)
    yield 3

g = outer()
print(next(g))
sub = g.gi_yieldfrom
print('delegating to', sub.__name__, 'count', sys.getrefcount(sub))
print('sub frame locals', sorted(sub.gi_frame.f_locals))
del sub
print(next(g), next(g))
print('yieldfrom after inner done', g.gi_yieldfrom)
g.close()
print('closed')
g = outer()
next(g)
print('close while delegating')
g.close()
g = outer()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('KeyError came out', e)
print('frame', g.gi_frame)
def numbers():
    yield from range(3)
    yield from [Tag('in-list')]
n = numbers()
print([x if isinstance(x, int) else x.name for x in n])
print('end')
