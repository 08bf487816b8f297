# weakref callbacks that are builtins raising: reported with the frame that dropped the referent
import weakref
class A:
    pass
a = A()
r = weakref.ref(a, len)
def drop():
    global a
    a = None
drop()
print("after drop")
b = A()
r2 = weakref.ref(b, int)
del b
print("end")
