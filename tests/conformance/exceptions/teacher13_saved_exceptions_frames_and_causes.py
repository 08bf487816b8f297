# A returned exception keeps its frame and locals; frame.clear() drops them; causes and contexts hold each other
import sys, gc
def f():
    x = [1]
    try:
        1/0
    except ZeroDivisionError as e:
        return e
e = f()
fr = e.__traceback__.tb_frame
print(fr.f_locals.keys(), sys.getrefcount(fr.f_locals['x']))
print(fr.f_back is None, fr.f_lineno, e.__traceback__.tb_lineno)
fr.clear()
print(fr.f_locals)
errs = []
def g(n):
    if n == 0:
        raise KeyError('deep')
    g(n-1)
try:
    g(3)
except KeyError as k:
    errs.append(k)
    errs.append(sys.exc_info()[2])
print(errs[0].__traceback__ is errs[1])
tb = errs[1]
n = 0
while tb:
    n += 1; tb = tb.tb_next
print(n)
del errs
print(gc.collect())
try:
    try:
        raise ValueError('a')
    except ValueError as v:
        raise TypeError('b') from v
except TypeError as t:
    saved = t
print(type(saved.__cause__).__name__, saved.__context__ is saved.__cause__, saved.__suppress_context__)
print(sys.getrefcount(saved.__cause__))
saved.__cause__ = None
print(saved.__suppress_context__, saved.__context__)
