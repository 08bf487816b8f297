# sys.exit() raises SystemExit: catchable, with .code; uncaught, it ends the run with its status, no traceback, after finalizers.
import sys

class Resource:
    def __del__(self):
        print("released at exit")

for call in (lambda: sys.exit(), lambda: sys.exit(5), lambda: exit("message"), lambda: quit(1, )):
    try:
        call()
    except SystemExit as e:
        print("caught", repr(e.code), e.args)

r = Resource()
print("exiting")
sys.exit(3)
print("never")
