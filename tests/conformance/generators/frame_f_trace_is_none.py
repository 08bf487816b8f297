# With no trace function, a frame's f_trace reads None and takes None
import sys
def f():
    fr = sys._getframe()
    print(fr.f_trace, fr.f_back.f_trace)
    fr.f_trace = None
    print(fr.f_trace)
f()
def g():
    yield 1
x = g()
print(x.gi_frame.f_trace)
