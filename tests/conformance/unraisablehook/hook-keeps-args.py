# a sys.unraisablehook that keeps its args: the exception, its traceback's frame and the object live on
import sys
import gc
kept = []
class Noisy:
    def __del__(self):
        local = "a local of __del__"
        raise ValueError("kept")
def hook(args):
    kept.append(args)
sys.unraisablehook = hook
Noisy()
args = kept[0]
print(sys.getrefcount(args), sys.getrefcount(args.exc_value), sys.getrefcount(args.object))
print(args.exc_traceback.tb_frame.f_locals["local"])
print(gc.is_tracked(args), len(gc.get_referrers(args.exc_value)))
print(args.exc_type is ValueError, args[0] is ValueError, args[3])
del kept[:]
print(sys.getrefcount(args))
del args
sys.unraisablehook = sys.__unraisablehook__
Noisy()
print("end")
