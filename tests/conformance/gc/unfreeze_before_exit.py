# gc.unfreeze() puts the frozen objects back in the oldest generation: __main__'s globals are freed at exit again
import gc
class Box:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.freeze()
kept = Box("kept")
gc.unfreeze()
print(gc.get_freeze_count())
print("end")
