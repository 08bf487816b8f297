# a caught exception stored in a local of its own frame makes a cycle: only the collector frees it
import gc, sys
class Big:
    def __del__(self):
        print("Big freed")
def keep_error():
    big = Big()
    try:
        raise ValueError("oops")
    except ValueError as e:
        err = e
    return None
gc.collect()
gc.disable()
keep_error()
print("returned; Big still alive in the frame held by the traceback")
n = gc.collect()
print("collected something:", n > 0)
def no_cycle():
    big = Big()
    try:
        raise ValueError("oops")
    except ValueError as e:
        pass
    return None
no_cycle()
print("no cycle: freed at return")
gc.enable()
