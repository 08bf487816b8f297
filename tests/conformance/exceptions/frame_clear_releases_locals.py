# frame.clear(): a finished frame's locals go at once, a suspended generator's frame closes it, a running frame refuses
import sys, gc

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def fail():
    held = Tracked('local of fail')
    other = [1, 2]
    raise ValueError('x')

try:
    fail()
except ValueError as e:
    err = e
frame = err.__traceback__.tb_next.tb_frame
print(sorted(frame.f_locals))
print('clearing')
print(frame.clear())
print('cleared', frame.f_locals)
print(frame.clear(), sys.getsizeof(frame) > 0)

def fail2():
    x = Tracked('local of fail2')
    raise KeyError('y')
try:
    fail2()
except KeyError as e:
    err2 = e
frame2 = err2.__traceback__.tb_next.tb_frame
print('before clear, no f_locals read')
frame2.clear()
print('after clear')

def gen():
    t = Tracked('gen local')
    try:
        yield 1
        yield 2
    finally:
        print('finally runs')

g = gen()
next(g)
gf = g.gi_frame
print('clearing generator frame')
gf.clear()
print(g.gi_frame, list(g))

def bad_gen():
    try:
        yield 1
    finally:
        raise TypeError('from finally')
b = bad_gen()
next(b)
b.gi_frame.clear()
print('bad gen cleared')

try:
    sys._getframe().clear()
except RuntimeError as e:
    print('RuntimeError', e)

def running():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as e:
        print('RuntimeError', e)
running()

def outer_gen():
    inner = yield_frame()
    yield from inner

def yield_frame():
    yield sys._getframe(1)

o = outer_gen()
outer_frame = next(o)
try:
    outer_frame.clear()
except RuntimeError as e:
    print('RuntimeError while delegating', e)

def caller():
    me = Tracked('caller local')
    return sys._getframe()
cf = caller()
print('got frame')
cf.clear()
print('after caller frame clear')
del err, err2, frame, frame2
print(gc.collect())
del gf, g
print('end')
