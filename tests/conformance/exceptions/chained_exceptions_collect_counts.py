# chained __context__/__cause__ and what gc.collect() finds after storing them
import gc, sys
gc.collect()
class E(Exception):
    def __del__(self): print("del", self.args[0])
def chain():
    try:
        try:
            raise E("first")
        except E:
            raise E("second")
    except E as e:
        return e
e = chain()
print(type(e.__context__).__name__, e.__context__.args, e.__cause__, e.__suppress_context__)
print(sys.getrefcount(e), sys.getrefcount(e.__context__))
del e
print("collected", gc.collect())
def cause():
    try:
        raise E("a")
    except E as x:
        try:
            raise E("b") from x
        except E as y:
            return y
y = cause()
print(y.__cause__.args, y.__suppress_context__, y.__context__ is y.__cause__)
del y
print("collected", gc.collect())
