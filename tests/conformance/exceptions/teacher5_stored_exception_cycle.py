# exception stored in a variable creates a cycle via traceback -> frame -> locals
import gc, sys
gc.collect()
gc.disable()
class Res:
    def __del__(self): print("Res freed")
def work():
    r = Res()
    try:
        raise ValueError("boom")
    except ValueError as e:
        err = e
    return err
e = work()
print("returned", type(e).__name__, e.__traceback__.tb_frame.f_code.co_name)
print(sys.getrefcount(e))
del e
print("after del e")
def work2():
    r = Res()
    try:
        raise ValueError("boom2")
    except ValueError as e:
        err = e
    print("in work2", err.__traceback__.tb_frame is sys._getframe())
work2()
print("after work2")
print("collected", gc.collect())
def work3():
    r = Res()
    try:
        raise ValueError("boom3")
    except ValueError as e:
        err = e
    finally:
        pass
    del err
work3()
print("after work3")
gc.enable()
