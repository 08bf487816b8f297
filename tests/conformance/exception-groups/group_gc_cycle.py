# a group kept by its own traceback's frame forms a cycle that only gc.collect() frees
import gc
class Loud(Exception):
    def __del__(self):
        print("del", self.args[0])
def make():
    try:
        raise ExceptionGroup("cyc", [Loud("a"), Loud("b")])
    except* Loud as e:
        saved = e
    return None
gc.collect()
def keep():
    try:
        raise ExceptionGroup("cycle", [Loud("x")])
    except ExceptionGroup as e:
        err = e
    return err
err = keep()
print(gc.is_tracked(err))
del err
print("collected", gc.collect() > 0)
make()
print("collected again", gc.collect())
