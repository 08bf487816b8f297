# closures capturing loop variables and cell refcounts
import sys
def make_counters():
    counters = []
    for i in range(3):
        def c(i=i):
            return i
        counters.append(c)
    return counters
print([c() for c in make_counters()])
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
def outer():
    data = [1, 2]
    def read(): return data
    def write(v): data.append(v)
    return read, write
r, w = outer()
w(3)
print(r(), r.__closure__[0] is w.__closure__[0], sys.getrefcount(r.__closure__[0]))
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in late()])
x = 10
def reads_global(): return x
x = 20
print(reads_global())
def shadow():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print(e)
shadow()
