# contextlib.ExitStack: callbacks run last-in first-out and hold their arguments until then
import contextlib, sys, gc

class Resource:
    def __init__(self, name):
        self.name = name
        print('  open', name)
    def close(self):
        print('  close', self.name)
    def __del__(self):
        print('  free', self.name)

with contextlib.ExitStack() as stack:
    r1 = Resource('db')
    stack.callback(r1.close)
    r2 = Resource('file')
    stack.callback(r2.close)
    print('count of r1 inside', sys.getrefcount(r1))
    stack.callback(print, '  plain callback', 42)
    del r1, r2
    print('names deleted; stack still holds them')
print('after with')

stack = contextlib.ExitStack()
r = Resource('later')
stack.callback(r.close)
del r
moved = stack.pop_all()
print('moved', type(moved).__name__)
stack.close()
print('old stack closed (empty)')
moved.close()
print('moved closed')

@contextlib.contextmanager
def opened(name):
    res = Resource(name)
    try:
        yield res
    finally:
        res.close()

with contextlib.ExitStack() as stack:
    files = [stack.enter_context(opened(n)) for n in ['a', 'b']]
    print([f.name for f in files], sys.getrefcount(files[0]))
    del files
print('done')
try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: print('  cleanup sees exception?'))
        raise ValueError('boom')
except ValueError as e:
    print('ValueError', e)
with contextlib.suppress(KeyError):
    {}['missing']
print('suppressed')
