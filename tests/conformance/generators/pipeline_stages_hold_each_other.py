# a generator pipeline: each stage holds the previous one; closing the last closes none of the others until freed
import sys
def source(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("source done")
def double(it):
    try:
        for x in it:
            yield x * 2
    finally:
        print("double done")
def take(it, k):
    for _ in range(k):
        yield next(it)
s = source(10)
d = double(s)
t = take(d, 3)
print(list(t))
print(sys.getrefcount(s), sys.getrefcount(d))
print(s.gi_frame is not None, d.gi_frame is not None)
del t
print("take gone")
d.close()
print("double closed", s.gi_frame is not None)
del d
print("double gone")
del s
print("end")
