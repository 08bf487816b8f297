# vars(obj) reads __dict__ through the class's __getattribute__ and __getattr__ (_PyObject_LookupAttr)
log = []
class G:
    def __getattr__(self, name):
        log.append(f'getattr:{name}')
        if name.startswith('_'): raise AttributeError(name)
        return 1
class H:
    def __getattribute__(self, name):
        log.append(f'getattribute:{name}')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append(f'fallback:{name}')
        return 2
def show(label, f):
    try: r = f()
    except Exception as e: r = f'{type(e).__name__}: {e}'
    print(label, r, log); log.clear()
g = G(); h = H()
show('hasattr', lambda: (hasattr(g, 'x'), hasattr(g, '_y')))
show('getattr default', lambda: getattr(g, '_z', 'd'))
show('len', lambda: len(g))
show('iter', lambda: iter(g))
show('str', lambda: str(g)[:3])
show('h.x', lambda: h.x)
show('h.method', lambda: h.__class__.__name__)
show('copy', lambda: type(__import__('copy').copy(g)).__name__)
show('dir', lambda: 'x' in dir(h))
show('vars', lambda: vars(h))
show('eq', lambda: h == h)
show('bool', lambda: bool(h))
show('callable', lambda: callable(g))
show('isinstance', lambda: isinstance(h, H))
show('print', lambda: print(h) if False else repr(h)[:2])

class A:
    def __getattr__(self, name):
        print('  getattr', name)
        if name == '__dict__':
            return {'fake': 1}
        raise AttributeError(name)
class S:
    __slots__ = ('x',)
    def __getattr__(self, name):
        print('  getattr', name)
        raise AttributeError(name)
class D:
    __slots__ = ()
    def __getattr__(self, name):
        print('  getattr', name)
        return {'from': 'getattr'}
print(vars(A()))
try:
    vars(S())
except TypeError as e:
    print('TypeError', e)
print(vars(D()))
