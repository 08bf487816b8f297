# raise ... from None sets __suppress_context__ but keeps __context__; the uncaught report hides it
import gc
class E(Exception):
    def __del__(self): print("del", self)
def f():
    try:
        raise E("inner")
    except E:
        raise E("outer") from None
try:
    f()
except E as e:
    print(e.__suppress_context__, e.__context__, e.__cause__)
    ctx = e.__context__
print("handler left")
del ctx
print("ctx dropped")
print(gc.collect())
try:
    try:
        raise KeyError("k")
    finally:
        print("finally sees", __import__("sys").exc_info()[0].__name__)
except KeyError:
    pass
