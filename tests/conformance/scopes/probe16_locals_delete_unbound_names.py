# locals() and frame.f_locals fill the frame's dict without making a frame object, and each name not yet bound is deleted from it: a KeyError (its args tuple) made and cleared
import gc
import sys

def all_bound(a, b):
    gc.collect()
    print("all bound", sorted(locals()), gc.get_count())

def one_unbound(a):
    gc.collect()
    names = locals()
    print("one unbound", sorted(names), gc.get_count())

def frame_after(a):
    gc.collect()
    names = locals()
    frame = sys._getframe()
    print("frame object after", sorted(names), gc.get_count(), frame.f_locals is names)

def twice():
    gc.collect()
    first = locals()
    later = 1
    second = locals()
    print("twice", sorted(first), first is second, gc.get_count())

def in_handler():
    try:
        raise ValueError("handled")
    except ValueError:
        gc.collect()
        names = locals()
        print("in a handler", sorted(names), gc.get_count())

def raising():
    local = 1
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

all_bound(1, 2)
one_unbound(1)
frame_after(1)
twice()
in_handler()
error = raising()
frame = error.__traceback__.tb_frame
gc.collect()
before = gc.get_count()
names = frame.f_locals
print("through a traceback", sorted(names), before, gc.get_count())
del error, frame, names
print("end", gc.get_count())
