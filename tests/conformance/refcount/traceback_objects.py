# A traceback is a chain of objects, one per frame the exception passed, each holding its frame object;
# a frame whose function returned while its frame object was held keeps its locals, and links its caller.
import gc
import sys

class Big:
    def __del__(self):
        print("Big freed")

def inner():
    data = Big()
    raise KeyError("inner")

def outer():
    marker = "outer local"
    inner()

try:
    outer()
except KeyError as e:
    caught = e
tb = caught.__traceback__
print(type(tb).__name__, sys.getsizeof(tb), tb.tb_lineno, tb.tb_frame.f_code.co_name)
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print(names)
last = caught.__traceback__.tb_next.tb_next
frame = last.tb_frame
print(sorted(frame.f_locals), frame.f_back.f_code.co_name, frame.f_lineno)
print(sys.getrefcount(frame), gc.is_tracked(frame))
del frame, last, tb
print("dropping the exception")
del caught
print("dropped")

def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[2]
tb = handler()
print(tb.tb_frame.f_code.co_name, tb.tb_next)
del tb

# An exception saved inside the function that raised it: frame -> locals -> exception -> traceback -> frame.
def keeps_cycle():
    payload = Big()
    try:
        raise ValueError("cycle")
    except ValueError as err:
        saved = err
    return None

gc.collect()
keeps_cycle()
print("after the call")
print("collected", gc.collect())
