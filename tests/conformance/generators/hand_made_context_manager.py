# a generator-based context manager written by hand: enter, exit, and exceptions thrown back with throw(type, value, tb)
import sys
class managed:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(typ, val, tb)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError:
        print("handled KeyError inside")
    finally:
        print("close", name)
with managed(opened("a")) as h:
    print("using", h)
with managed(opened("b")) as h:
    raise KeyError("k")
print("after b")
try:
    with managed(opened("c")):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
