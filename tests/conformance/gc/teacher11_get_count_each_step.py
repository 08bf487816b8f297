# gc.get_count() after each step of a small program, starting from a full collection
import gc
gc.collect()
log = []
def mark(label):
    log.append((label, gc.get_count()))
mark("start")
a = []
mark("list")
b = {}
mark("dict")
c = (1, a)
mark("tuple")
d = set()
mark("set")
e = "text" * 3
mark("str")
f = 1.5 * 2
mark("float")
class K:
    pass
mark("class")
k = K()
mark("instance")
k.x = 1
mark("attribute")
v = vars(k)
mark("vars")
del a
mark("del list")
del b
mark("del dict")
g = [i for i in range(3)]
mark("listcomp")
h = {i: i for i in range(3)}
mark("dictcomp")
s = {i for i in range(3)}
mark("setcomp")
gen = (i for i in range(3))
mark("genexp")
del gen
mark("del genexp")
def fn(x):
    return x
mark("def")
fn(1)
mark("call")
lam = lambda: 0
mark("lambda")
m = k.__init__
mark("bound method")
it = iter([1, 2])
mark("iter")
z = zip([1], [2])
mark("zip")
en = enumerate([])
mark("enumerate")
sl = [1, 2, 3][1:]
mark("slice")
t2 = tuple([1, 2])
mark("tuple()")
l2 = list((1, 2))
mark("list()")
try:
    raise ValueError("x")
except ValueError:
    pass
mark("exception")
for label, count in log:
    print(label, count)
