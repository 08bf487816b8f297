# Exceptions stored in a list keep their tracebacks, and tracebacks keep frames and their locals alive
import sys, gc

class Big:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del Big', self.tag)

def fail(n):
    local = Big(n)
    raise ValueError(n)

errors = []
for n in range(3):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
print('stored', len(errors))
tb = errors[0].__traceback__
depth = 0
while tb is not None:
    depth += 1
    last = tb
    tb = tb.tb_next
print('depth', depth, last.tb_frame.f_code.co_name, sorted(last.tb_frame.f_locals))
del tb, last
errors[1].__traceback__ = None
print('cleared traceback of 1')
errors.pop(0)
print('popped 0')
del errors
print('deleted list')
try:
    fail(9)
except ValueError as e:
    print('handled', e)
print('after handler')
print(gc.collect())
