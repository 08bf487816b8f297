# An exception inside __del__ does not stop the program.
class Fragile:
    def __del__(self):
        print("__del__ starts")
        raise RuntimeError("inside __del__")

f = Fragile()
del f
print("program continues")
