# gen.throw(E) makes E inside the generator: when E() fails, that error is raised at the yield, where it can be caught.
import sys
class NeedsTwo(Exception):
    def __init__(self, a, b): pass
class Refuses(Exception):
    def __init__(self, a):
        raise ValueError("refused %r" % (a,))
def catching():
    try:
        yield 1
    except TypeError as e:
        print("inside:", e)
        yield 2
it = catching(); next(it)
print(it.throw(NeedsTwo))
def cleaning():
    try:
        yield 1
    finally:
        print("finally runs first")
it = cleaning(); next(it)
try:
    it.throw(Refuses, 5)
except ValueError as e:
    print("caller:", e, e.__context__, it.gi_frame)
    print([tb.tb_frame.f_code.co_name for tb in [e.__traceback__, e.__traceback__.tb_next, e.__traceback__.tb_next.tb_next]])
it = cleaning(); next(it)
it.throw(NeedsTwo, (1,))
