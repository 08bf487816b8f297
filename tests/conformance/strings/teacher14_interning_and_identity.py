# String interning: which strings are shared objects, what `is` shows, and sys.intern
import sys

a = 'hello'
b = 'hello'
print('literals', a is b)
c = ''.join(['hel', 'lo'])
print('built at runtime', c == a, c is a)
d = sys.intern(c)
print('interned', d is a, sys.intern('hel' + 'lo') is a)
x = 'hello world'
y = 'hello world'
print('literal with space in one module', x is y)
z = ' '.join(['hello', 'world'])
print('joined', z is x, sys.intern(z) is x)
print('single chars', chr(97) is 'a', 'abc'[0] is 'a', str(5) is '5')
print('empty', ''.join([]) is '', str() is '', 'abc'[3:] is '')
s = 'py' * 2
print('folded constant', s is 'pypy')
n = 2
t = 'py' * n
print('runtime repeat', t is 'pypy', sys.intern(t) is s)
u = 'hello'
print('slices', u[:] is u, u[0:5] is u, u[1:] is u[1:])
names = ['alpha', 'beta']
keys = {'alpha': 1}
k = 'alp' + names[1][:0] + 'ha'
print('dict lookup works either way', keys[k], k is 'alpha')
ik = sys.intern(k)
print('after intern', ik is 'alpha', ik is k)
print('id stable', sys.intern('gamma' * 1) is sys.intern('gam' + 'ma'))
print('sizes', sys.getsizeof(a), sys.getsizeof(x), sys.getsizeof('é'), sys.getsizeof('€'))
print('str methods return self?', a.strip() is a, a.lower() is a, a.replace('z', 'q') is a, a.upper() is a)
print('format identity', f'{a}' is a, str(a) is a, a + '' is a, '' + a is a)
