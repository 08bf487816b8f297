# Closures made in a loop share one cell (late binding); a default argument captures each value
import sys

def make_late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns

def make_default():
    fns = []
    for i in range(3):
        fns.append(lambda i=i: i)
    return fns

late = make_late()
early = make_default()
print('late', [f() for f in late])
print('early', [f() for f in early])
print('one shared cell', late[0].__closure__[0] is late[2].__closure__[0])
print('defaults', [f.__defaults__ for f in early], early[0].__closure__)

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  free', self.name)

def capture_objects():
    handlers = []
    for name in ['a', 'b', 'c']:
        item = Item(name)
        handlers.append(lambda item=item: item.name)
    print('  loop done; last item count', sys.getrefcount(item))
    return handlers

hs = capture_objects()
print('handlers', [h() for h in hs])
print('each default holds its item', [sys.getrefcount(h.__defaults__[0]) for h in hs])
del hs[0]
print('dropped first handler')
hs.clear()
print('cleared')

def capture_late():
    handlers = []
    for name in ['x', 'y']:
        item = Item(name)
        handlers.append(lambda: item.name)
    return handlers

hl = capture_late()
print('late handlers', [h() for h in hl])
print('cell count', sys.getrefcount(hl[0].__closure__[0]))
del hl
print('end')
