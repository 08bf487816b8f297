# A value sent through `yield from` is released when the generator it went to raises (its __del__ runs then)
import sys
class O:
    def __del__(self): print("del O")
def sub():
    x = yield 1
    print("sub got", sys.getrefcount(x))
    raise ValueError
def outer():
    try:
        yield from sub()
    except ValueError:
        print("caught")
    yield 2
g = outer(); next(g)
o = O()
print(g.send(o))
del o
print("end")
