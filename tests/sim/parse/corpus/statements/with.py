with open(f) as fh:
    pass
with a, b:
    pass
with a as x, b as y:
    pass
with (a as x, b as y):
    pass
with (a, b):
    pass
with (a):
    pass
with a as (x, y):
    pass
with (
    open(a) as f1,
    open(b) as f2,
):
    pass
with a as obj.attr: pass
with (yield_) as v: pass
