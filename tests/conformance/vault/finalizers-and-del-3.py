#| title: weakref.finalize
import weakref

class TempFile:
    def __init__(self, path):
        self.path = path

temp = TempFile("/tmp/report.txt")
cleanup = weakref.finalize(temp, print, "removing", temp.path)
print("finalizer waiting:", cleanup.alive)
del temp
print("finalizer waiting:", cleanup.alive)
