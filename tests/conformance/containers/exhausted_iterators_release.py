# An exhausted iterator lets go of what it iterated at once, while the iterator itself lives on.
import sys, weakref
l = [[1], [2]]
t = ([3], [4])
s = {5, 6}
st = "ab"
its = [iter(l), iter(t), iter(s), iter(st), iter(range(2)), reversed(l), reversed(t), map(str, l), filter(None, l),
       zip(l, t), enumerate(l), reversed(st), iter({1: 2}.items()), iter({1: 2}.values()), reversed({1: l})]
for it in its:
    list(it)
print(sys.getrefcount(l), sys.getrefcount(t), sys.getrefcount(s))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i == 0:
            raise IndexError(i)
        return i * 10
seq = Seq()
backwards = reversed(seq)
print(sys.getrefcount(seq), list(backwards), sys.getrefcount(seq), list(backwards))

class A: pass
a = A()
wv = weakref.WeakValueDictionary({1: a})
wk = weakref.WeakKeyDictionary({a: 1})
i1 = iter(wv); i2 = iter(wk); i3 = iter(wv.items())
print(list(i1), len(list(i2)), len(list(i3)), sys.getrefcount(wv), sys.getrefcount(a))
def g():
    yield l
gen = g()
list(gen)
print(sys.getrefcount(l), sys.getrefcount(gen))
