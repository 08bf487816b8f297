# sys.excepthook deleted: "sys.excepthook is missing" then the report; output goes to sys.stderr as replaced
import sys
class Recorder:
    def __init__(self): self.pieces = []
    def write(self, s): self.pieces.append(s); return len(s)
    def flush(self): print("flush", len(self.pieces))
del sys.excepthook
rec = Recorder()
sys.stderr = rec
def show():
    sys.__stdout__.write(repr(rec.pieces[:3]) + "\n")
import weakref
class Key: pass
k = Key()
weakref.finalize(k, show)
raise LookupError("nothing here")
