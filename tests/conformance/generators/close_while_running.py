# close() of a generator that is running (its own frame, or one delegating through yield from) raises ValueError
def selfclosing():
    try:
        g.close()
    except ValueError as e:
        print("inside:", e)
    yield 1
    g.close()
    yield 2
g = selfclosing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("second:", e)
print(list(g))

def inner():
    try:
        yield "a"
    finally:
        print("inner finally")
        try:
            outer.close()
        except ValueError as e:
            print("outer.close():", e)

def outer_gen():
    yield from inner()

outer = outer_gen()
print(next(outer))
outer.close()
print(outer.gi_frame)
