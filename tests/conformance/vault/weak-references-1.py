#| title: A weakref callback
#| panels: source, heap
import sys
import weakref

class Photo:
    def __init__(self, name):
        self.name = name

def on_gone(ref):
    print("callback: the photo was freed")

photo = Photo("cat.png")
ref = weakref.ref(photo, on_gone)
print("refcount is unchanged:", sys.getrefcount(photo))
print("weak references to it:", weakref.getweakrefcount(photo))
print("through the weakref:", ref().name)
del photo
print("after del:", ref())
