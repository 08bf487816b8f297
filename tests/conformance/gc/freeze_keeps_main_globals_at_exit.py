# gc.freeze() moves __main__'s globals to the permanent generation: at exit no collection frees them, so __del__ never runs
import gc
class Box:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.freeze()
kept = Box("kept")
temp = Box("temp")
del temp
print(gc.get_freeze_count() > 0, gc.is_tracked(kept))
print("end")
