# a sys.unraisablehook that raises: its error is reported by the default writer as "Exception ignored in sys.unraisablehook"
import sys
def hook(args):
    print("hook called for", type(args.exc_value).__name__)
    raise RuntimeError("the hook broke")
sys.unraisablehook = hook
class Bad:
    def __del__(self):
        1 / 0
b = Bad()
del b
print("still running")
