# A suspended generator keeps its frame's locals alive; close() or exhaustion frees them
import sys, gc, weakref

class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  free', self.name)

def reader(name):
    buf = Big(name)
    try:
        for i in range(3):
            yield i, sys.getrefcount(buf)
    finally:
        print('  finally in', name)

g = reader('first')
print('created, frame?', g.gi_frame is not None, 'running', g.gi_running)
print('locals before start', sorted(g.gi_frame.f_locals))
print(next(g))
print('locals after start', sorted(g.gi_frame.f_locals))
buf = g.gi_frame.f_locals['buf']
print('count held by gen and us', sys.getrefcount(buf))
del buf
print('close ->', g.close())
print('frame after close', g.gi_frame)

g = reader('second')
for item in g:
    print(' got', item)
print('exhausted frame', g.gi_frame, 'suspended?', g.gi_suspended if hasattr(g, 'gi_suspended') else '-')
del g

g = reader('third')
next(g)
w = weakref.ref(g)
print('drop suspended generator')
del g
print('weak dead', w() is None)

g = reader('fourth')
next(g)
frame = g.gi_frame
print('frame locals name', frame.f_locals['name'], 'lineno', frame.f_lineno)
del g
print('frame kept after gen dropped', frame.f_locals.get('buf') is not None)
del frame
print('collected', gc.collect())

def counter():
    total = []
    while True:
        x = yield len(total)
        total.append(Big(x))

c = counter()
print(next(c), c.send('a'), c.send('b'))
print('size of gen', sys.getsizeof(c) > 0)
c.close()
print('after close')
