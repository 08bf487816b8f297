# gc.collect() and allocation counts around functools.wraps: wrappers in cycles (through __wrapped__, a self-reference, the closure), what a collection frees and counts
import functools, gc

def counted(label, thunk):
    gc.collect()
    before = gc.get_count()
    result = thunk()
    after = gc.get_count()
    print(label, after[0] - before[0])
    return result

def plain():
    pass
def wrapped():
    "doc"
counted("update_wrapper, first time", lambda: functools.update_wrapper(plain, wrapped))
counted("update_wrapper, again", lambda: functools.update_wrapper(plain, wrapped))
w = counted("wraps()", lambda: functools.wraps(wrapped))
def other():
    pass
counted("partial call", lambda: w(other))
del w
print(gc.is_tracked(plain.__dict__), gc.is_tracked(wrapped.__dict__), gc.is_tracked(wrapped.__annotations__))

# A wrapper that stores itself: the function and its dict form a cycle.
def make_self_storing():
    def inner():
        pass
    @functools.wraps(inner)
    def wrapper():
        return inner()
    wrapper.me = wrapper
    return wrapper
x = make_self_storing()
gc.collect()
del x
print("self-storing wrapper", gc.collect())

# A decorator whose wrapper refers to itself through its closure (a recursive wrapper).
def recursive(f):
    @functools.wraps(f)
    def wrapper(n):
        return f(n) if n <= 1 else wrapper(n - 1)
    return wrapper
@recursive
def leaf(n):
    return n
print(leaf(5), leaf.__name__)
gc.collect()
del leaf
print("recursive wrapper", gc.collect())

# The wrapped function points back at its wrapper: __wrapped__ and a dict entry make the cycle.
def back():
    pass
def front():
    pass
functools.update_wrapper(front, back)
back.front = front
gc.collect()
del back, front
print("wrapped <-> wrapper", gc.collect())

# Nothing left behind by plain decoration: refcounting frees it all.
def deco(f):
    @functools.wraps(f)
    def wrapper():
        return f()
    return wrapper
@deco
def simple():
    pass
gc.collect()
del simple
print("plain decoration", gc.collect())

# Counts while decorating a function in a loop: nothing accumulates.
gc.collect()
start = gc.get_count()[0]
kept = []
for i in range(3):
    def item():
        pass
    kept.append(deco(item))
end = gc.get_count()[0]
print("three decorations", end - start, [k.__name__ for k in kept])
