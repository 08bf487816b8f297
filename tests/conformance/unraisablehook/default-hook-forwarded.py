# sys.__unraisablehook__ called with an UnraisableHookArgs the hook received writes the default report
import sys
class Noisy:
    def __del__(self):
        raise KeyError("k")
def hook(args):
    print("forwarding")
    sys.__unraisablehook__(args)
sys.unraisablehook = hook
Noisy()
try:
    sys.__unraisablehook__(1)
except TypeError as e:
    print(e)
print("end")
