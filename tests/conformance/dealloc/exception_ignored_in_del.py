# an exception inside __del__ is printed as "Exception ignored in" and the program goes on
class Bad:
    def __del__(self):
        raise ValueError("cannot clean up")
b = Bad()
del b
print("still running")
def cb(ref):
    raise RuntimeError("callback failed")
import weakref
class T:
    pass
t = T()
r = weakref.ref(t, cb)
del t
print("after callback error")
class Chatty:
    def __del__(self):
        print("del starts")
        1 / 0
lst = [Chatty(), Chatty()]
lst = None
print("end")
