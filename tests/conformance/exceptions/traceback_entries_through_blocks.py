# How many traceback entries an exception gathers through with, finally, bare raise, raise e, generators and nested calls (RERAISE adds none for its own frame, every other raise adds one)
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def depth(e):
    n, tb = 0, e.__traceback__
    while tb:
        n, tb = n + 1, tb.tb_next
    return n

def boom():
    raise KeyError("k")

def through_with():
    with Quiet():
        boom()

def through_finally():
    try:
        boom()
    finally:
        pass

def nested_with():
    with Quiet(), Quiet():
        with Quiet():
            boom()

def bare_in_with():
    with Quiet():
        try:
            boom()
        except KeyError:
            raise

def named_in_with():
    with Quiet():
        try:
            boom()
        except KeyError as e:
            raise e

def gen():
    yield 1
    boom()

def through_generator():
    for _ in gen():
        pass

def thrown():
    g = gen()
    next(g)
    g.throw(KeyError("thrown"))

def raise_twice():
    try:
        boom()
    except KeyError as e:
        try:
            raise e
        except KeyError as again:
            raise again

for f in (through_with, through_finally, nested_with, bare_in_with, named_in_with, through_generator, thrown, raise_twice):
    try:
        f()
    except KeyError as e:
        print(f.__name__, depth(e))

named_in_with()
