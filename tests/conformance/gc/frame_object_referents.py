# gc.get_referents of a frame object follows frame_tp_traverse: f_back and f_trace always, then, only once the
# object owns its frame (the function returned while it was held), f_locals, the function, the code, the locals
# and the value stack; a running frame's and a suspended generator's list neither locals nor code.
import gc, sys

def names(o):
    return [type(r).__name__ for r in gc.get_referents(o)]

def returns_own_frame(a):
    return sys._getframe()

fr = returns_own_frame(5)
refs = gc.get_referents(fr)
print("returned:", names(fr), refs[0] is fr.f_back, refs[1] is returns_own_frame, refs[2] is fr.f_code)

def running():
    return names(sys._getframe())

print("running:", running())

def keeps_itself(a, b):
    me = sys._getframe()
    return me

print("held by its own local:", names(keeps_itself(1, "s")))

def boom(n):
    doubled = n * 2
    raise ValueError(doubled)

try:
    boom(21)
except ValueError as e:
    tb = e.__traceback__
print("traceback frames:", names(tb.tb_frame), names(tb.tb_next.tb_frame))

def with_locals_dict():
    x = 1
    locals()
    return sys._getframe()

print("after locals():", names(with_locals_dict()))

class Body:
    frame = sys._getframe()

print("class body:", names(Body.frame), gc.get_referents(Body.frame)[1] is not None)

def gen():
    y = 3
    yield sys._getframe()
    yield 2

g = gen()
gen_frame = next(g)
print("suspended generator:", names(gen_frame), names(g))
print("finished generator:", list(g), names(gen_frame))

def deleted_local():
    x = 1
    z = 2
    del x
    return sys._getframe()

print("deleted local:", names(deleted_local()))

def outer():
    kept = [1]
    def inner():
        return kept
    return sys._getframe()

print("cell after locals:", names(outer()))

def in_handler():
    try:
        raise OSError
    except OSError:
        return sys._getframe()

print("returned from a handler:", names(in_handler()))

def in_loop():
    for i in range(3):
        return sys._getframe()

print("returned from a loop:", names(in_loop()))

def star_args(*args, **kw):
    return sys._getframe()

print("star arguments:", names(star_args(1, k=2)))
code_holders = gc.get_referrers(fr.f_code)
print("the frame and its function refer to the code:", any(r is fr for r in code_holders), any(r is returns_own_frame for r in code_holders))
