# An array exporting its buffer refuses every deletion and empty assignment, even of nothing, as array_ass_subscr does; same-size assignments go through
from array import array
a = array("i", [1, 2, 3]); m = memoryview(a)
def t(label, f):
    try:
        f(); print(label, "ok", a)
    except BufferError as e:
        print(label, "BufferError", e)
def d1(): del a[0:0]
def d2(): del a[5:2]
def d3(): del a[10:]
def d4(): del a[::2]
def d5(): del a[0:0:2]
def s1(): a[3:3] = array("i")
def s2(): a[1:1] = a[0:0]
def s3(): a[0:1] = array("i", [5])
def s4(): a[::2] = array("i", [7, 8])
def s5(): a[0:0] = array("i", [9])
def s6(): a[1:1] = array("i")
for f in (d1, d2, d3, d4, d5, s1, s2, s3, s4, s5, s6):
    t(f.__name__, f)
