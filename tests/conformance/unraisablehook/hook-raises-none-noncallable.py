# a sys.unraisablehook that raises: reported as "Exception ignored in sys.unraisablehook" by the default hook
import sys
class Noisy:
    def __del__(self):
        raise ValueError("in __del__")
def hook(args):
    print("hook got", args.exc_value)
    raise RuntimeError("hook failed")
sys.unraisablehook = hook
Noisy()
print("after")
sys.unraisablehook = None
Noisy()
print("after None")
sys.unraisablehook = 5
Noisy()
print("end")
