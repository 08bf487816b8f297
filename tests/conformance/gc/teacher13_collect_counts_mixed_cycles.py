# gc.collect() counts unreachable objects in cycles through instance dicts, lists and closures
import gc

gc.collect()
class A:
    pass

a = A(); b = A()
a.other = b; b.other = a
del a, b
print('instances', gc.collect())
lst = []
lst.append(lst)
del lst
print('list', gc.collect())
def outer():
    def inner():
        return inner
    return inner
f = outer()
del f
print('closure', gc.collect())
x = A()
x.items = [x, {'self': x}]
del x
print('mixed', gc.collect())
class B:
    __slots__ = ('ref',)
s = B(); s.ref = s
del s
print('slots', gc.collect())
y = A()
y.method = y.__init__
del y
print('bound', gc.collect())
def gen():
    yield
g = gen()
g.gi_frame.f_locals
holder = A(); holder.g = g
del g, holder
print('gen', gc.collect())
