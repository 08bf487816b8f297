# a sys.unraisablehook that records its UnraisableHookArgs: fields, type, repr, size, gc tracking, refcounts
import sys
import gc
class Noisy:
    def __del__(self):
        raise ValueError("in __del__")
seen = []
def hook(args):
    print(type(args).__name__, type(args).__module__, type(args).__qualname__, len(args))
    print("err_msg:", args.err_msg)
    print("object:", args.object.__qualname__)
    print("exc:", args.exc_type.__name__, type(args.exc_value).__name__, args.exc_value.args, type(args.exc_traceback).__name__)
    print("size:", sys.getsizeof(args), "tracked:", gc.is_tracked(args))
    print("refcounts:", sys.getrefcount(args), sys.getrefcount(args.exc_value))
    print(repr(args).startswith("UnraisableHookArgs(exc_type=<class 'ValueError'>"))
    seen.append(args)
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook)
sys.unraisablehook = hook
Noisy()
print("kept:", len(seen), sys.getrefcount(seen[0]), seen[0].err_msg)
