# a program's sys.unraisablehook gets an UnraisableHookArgs for an error a __del__ lets out: fields, refcounts, size, tracking
import sys, gc
class Resource:
    def __init__(self, name): self.name = name
    def __del__(self): raise KeyError(self.name)
def hook(args):
    print("type:", type(args).__name__, len(args), sys.getsizeof(args), gc.is_tracked(args))
    print("fields:", args.exc_type.__name__, repr(args.exc_value), args.err_msg, args.object.__qualname__)
    print("same:", args[1] is args.exc_value, args.exc_traceback is args.exc_value.__traceback__)
    print("frame:", args.exc_traceback.tb_frame.f_code.co_name, args.exc_traceback.tb_lineno)
    print("refs:", sys.getrefcount(args), sys.getrefcount(args.exc_value), sys.getrefcount(args.exc_traceback))
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook)
sys.unraisablehook = hook
r = Resource("first")
del r
print("after del")
gc.collect()
gc.disable()
before = gc.get_count()[0]
Resource("second")
after = gc.get_count()[0]
print("allocations around the report:", after - before)
