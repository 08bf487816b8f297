# binary_op1 between operands of one class asks only its own slot: __add__ once, never __radd__, and a subclass of int, float, str or set whose __add__ declines gets TypeError
log = []
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): log.append(f'{type(self).__name__}.add'); return NotImplemented
    def __radd__(self, o): log.append(f'{type(self).__name__}.radd'); return NotImplemented
    def __iadd__(self, o): log.append(f'{type(self).__name__}.iadd'); return NotImplemented
    def __index__(self): log.append('index'); return self.v
    def __bool__(self): log.append('bool'); return bool(self.v)
    def __len__(self): log.append('len'); return 1
    def __format__(self, spec): log.append(f'format:{spec}'); return 'N'
    def __str__(self): log.append('str'); return 'n'
    def __repr__(self): log.append('repr'); return 'R'
class M(N): pass
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, r, log); log.clear()
def iadd():
    x = N(1); x += N(2); return x
show('n+n', lambda: N(1) + N(2))
show('n+m', lambda: N(1) + M(2))
show('iadd', iadd)
show('1+n', lambda: 1 + N(2))
show('list[n]', lambda: [1, 2, 3][N(1)])
show('range', lambda: list(range(N(2))))
show('bool', lambda: bool(N(0)))
show('if', lambda: 'y' if N(1) else 'n')
show('not', lambda: not N(1))
show('and', lambda: N(0) and 5)
show('fmt', lambda: f'{N(1)} {N(1)!r} {N(1):>3}')
show('format()', lambda: format(N(1), 'x'))
show('str.format', lambda: '{} {!s}'.format(N(1), N(1)))
show('%s', lambda: '%s %r %d' % (N(1), N(1), N(3)))
show('print', lambda: print(N(1), [N(2)]))
show('hex', lambda: hex(N(10)))
show('bin slice', lambda: 'abcdef'[N(1):N(3)])
show('mul', lambda: [0] * N(2))
show('chr', lambda: chr(N(65)))
show('round', lambda: round(2.5, N(0)))
show('pow', lambda: pow(2, N(3), N(5)))
show('int()', lambda: int(N(4)))
show('sum', lambda: sum([N(1)], N(2)))
show('str join', lambda: ''.join([str(N(1))]))

log = []
class I(int):
    def __add__(self, o):
        log.append('add'); return NotImplemented
class J(int):
    def __radd__(self, o):
        log.append('radd'); return NotImplemented
for f in [lambda: I(1) + I(2), lambda: I(1) + 2, lambda: 2 + I(1), lambda: J(1) + J(2), lambda: 1 + J(2), lambda: J(1) + 1]:
    try:
        r = f()
    except TypeError as e:
        r = str(e)
    print(r, log); log.clear()
class F(float):
    def __mul__(self, o):
        log.append('mul'); return super().__mul__(o)
    def __rmul__(self, o):
        log.append('rmul'); return super().__rmul__(o)
print(F(2) * F(3), 2 * F(3), F(2) * 3, log)
class S(str):
    def __add__(self, o):
        log.append('sadd'); return NotImplemented
try:
    S('a') + S('b')
except TypeError as e:
    print(e, log); log.clear()
class T(set):
    def __or__(self, o):
        log.append('or'); return NotImplemented
try:
    T({1}) | T({2})
except TypeError as e:
    print(e, log); log.clear()
print(T({1}) | {2}, log); log.clear()
x = I(5)
try:
    x += I(1)
except TypeError as e:
    print(e, log); log.clear()
