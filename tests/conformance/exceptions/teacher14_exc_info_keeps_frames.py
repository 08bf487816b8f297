# Tracebacks kept by sys.exc_info() and e.__traceback__ hold frames and their locals until released
import sys, gc

class Buffer:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('  free buffer', self.tag)

def work(tag):
    buf = Buffer(tag)
    raise ValueError(tag)

try:
    work('one')
except ValueError:
    info = sys.exc_info()
    print('inside handler', info[0].__name__, info[1])
print('after handler, still kept by info')
tb = info[2]
print('frames', tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print('buf via frame', tb.tb_next.tb_frame.f_locals['buf'].tag)
del tb
del info
print('info deleted')

try:
    work('two')
except ValueError as e:
    saved = e
print('saved has traceback', saved.__traceback__ is not None)
saved.__traceback__ = None
print('traceback dropped')
del saved

try:
    work('three')
except ValueError as e:
    print('in handler:', sys.exc_info()[1] is e)
print('e unbound now:', 'e' in dir())
print('exc_info outside', sys.exc_info())

def keep():
    try:
        work('four')
    except ValueError as err:
        return err
err = keep()
print('returned error keeps frames', err.__traceback__.tb_next.tb_frame.f_code.co_name)
err.__traceback__.tb_next.tb_frame.clear()
print('cleared frame')
del err

def nested():
    try:
        work('five')
    except ValueError:
        try:
            work('six')
        except ValueError as inner:
            return inner
x = nested()
print('context', x.__context__, type(x.__context__.__traceback__).__name__)
del x
print('collected', gc.collect())
