# Dict views and iterators keep their dict alive; a changed size during iteration raises
import sys, gc
d = {'a': 1, 'b': 2}
print(sys.getrefcount(d))
ks = d.keys(); vs = d.values(); its = d.items()
print('three views', sys.getrefcount(d), len(ks), ks.mapping)
it = iter(d)
print('iterator too', sys.getrefcount(d))
del d
print(list(ks), list(vs), list(its), next(it))
d2 = ks.mapping
d2['c'] = 3
print(list(ks), 'c' in ks, ('c', 3) in its, 3 in vs)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for k in d2:
        d2[k + k] = 0
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(d2))
for k in list(d2):
    if len(k) > 1:
        del d2[k]
print(d2, ks & {'a', 'z'}, ks | {'z'}, ks - {'a'})
print(sys.getsizeof(ks), sys.getsizeof(it), type(it).__name__, type(vs).__name__)
r = reversed(d2.items())
print(next(r), type(r).__name__)
del ks, vs, its, it, r
print(sys.getrefcount(d2))
