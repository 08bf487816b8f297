# A memoryview takes weak references; each slice or memoryview(view) is a new view object of the same buffer
import weakref
import gc
data = bytearray(b"abc")
view = memoryview(data)
ref = weakref.ref(view)
print(ref() is view, weakref.getweakrefcount(view))
again = memoryview(view)
print(again is view, again == view, gc.get_referents(again)[0] is gc.get_referents(view)[0])
del view
print(ref())
print(type(again).__name__, again.obj is data, memoryview(again).tolist())
