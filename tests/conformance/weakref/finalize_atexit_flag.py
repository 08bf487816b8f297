# finalize.atexit: False keeps a finalizer from running at exit (and after exit it never runs); dead ones read False
import weakref

class Resource:
    def __init__(self, name):
        self.name = name

def release(name):
    print("release", name)

kept = Resource("kept")
skipped = Resource("skipped")
f1 = weakref.finalize(kept, release, "kept")
f2 = weakref.finalize(skipped, release, "skipped")
print(f1.atexit, f2.atexit)
f2.atexit = 0
print(f1.atexit, f2.atexit, f2.alive)
f2.atexit = "yes"
print(f2.atexit)
f2.atexit = False
temp = Resource("temp")
f3 = weakref.finalize(temp, release, "temp")
del temp
print(f3.alive, f3.atexit)
f3.atexit = True
print(f3.atexit)
print("end of program")
