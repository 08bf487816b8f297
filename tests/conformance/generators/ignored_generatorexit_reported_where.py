# "generator ignored GeneratorExit" is reported with the frame running when the generator died
import gc
def stubborn(tag):
    try:
        yield 1
    except GeneratorExit:
        print("refusing", tag)
        yield 2
def make_and_drop():
    g = stubborn("local")
    next(g)
    return "returned"
print(make_and_drop())
g = stubborn("rebound"); next(g)
g = stubborn("new"); next(g)
def helper(items):
    items.pop()
lst = [stubborn("popped")]
next(lst[0])
helper(lst)
c = [stubborn("cycle")]
next(c[0])
c.append(c)
del c
print(gc.collect())
[next(x) for x in [stubborn("comprehension")]]
print("comprehension done")
d = {"k": stubborn("dict")}
next(d["k"])
d["k"] = 0
def outer():
    def inner():
        s = stubborn("inner")
        next(s)
    inner()
    print("outer continues")
outer()
last = stubborn("at exit"); next(last)
print("end")
