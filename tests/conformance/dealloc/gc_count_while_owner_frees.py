# Every tp_dealloc releases what the object holds before it frees the object itself (PyObject_GC_Del takes it
# off generation 0's count at the very end), so a __del__ that runs during those releases still counts the owner:
# an instance's attribute, a frame object's local, a traceback's frame, an exception's traceback. Lists, dicts
# and tuples go to their free lists and count nothing either way.
import gc
import sys


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print(self.tag, "__del__ sees gen0 count", gc.get_count()[0] - base)


class Holder:
    pass


def fresh_count():
    global base
    gc.collect()
    base = gc.get_count()[0]


fresh_count()
h = Holder()
h.x = Noisy("attribute")
print("holder made:", gc.get_count()[0] - base)
del h

fresh_count()
a = [Noisy("list item"), 1, 2]
print("list made:", gc.get_count()[0] - base)
del a

fresh_count()
d = {"k": Noisy("dict value")}
print("dict made:", gc.get_count()[0] - base)
del d


def frame_escapes():
    x = Noisy("frame local")
    return sys._getframe()


fresh_count()
fr = frame_escapes()
print("frame object kept:", gc.get_count()[0] - base)
del fr


def traceback_escapes():
    x = Noisy("local of a traceback's frame")
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__


fresh_count()
tb = traceback_escapes()
print("traceback kept:", gc.get_count()[0] - base)
del tb


def exception_escapes():
    x = Noisy("local behind an exception")
    try:
        [][1]
    except IndexError as e:
        return e


fresh_count()
exc = exception_escapes()
print("exception kept:", gc.get_count()[0] - base)
del exc


class Chain:
    def __init__(self, tag, inner):
        self.inner = inner
        self.tag = tag


fresh_count()
c = Chain("outer", Chain("middle", Noisy("innermost")))
print("chain made:", gc.get_count()[0] - base)
del c
