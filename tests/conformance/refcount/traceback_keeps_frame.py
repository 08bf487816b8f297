# A saved exception keeps the raising frame alive, and the frame keeps its locals.
import sys

class C:
    def __del__(self):
        print("C freed")

def fail():
    local = C()
    print("in the frame:", sys.getrefcount(local))
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    saved = e
print("exception saved")
frame = saved.__traceback__.tb_next.tb_frame
print("frame function:", frame.f_code.co_name)
del frame
saved = None
print("after dropping the exception")
