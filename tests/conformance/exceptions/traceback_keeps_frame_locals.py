# exceptions keep frames alive through __traceback__
import sys
class Big:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("freed", self.tag)
def fail():
    local = Big("in failing frame")
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    saved = e
print("after except")
tb = saved.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print("frames", sys.getrefcount(tb))
del tb
print("dropping exception")
saved = None
print("done")
