# sys.__excepthook__ called by the program prints a caught exception's report; bad arguments are refused
import sys
def inner():
    raise TypeError("inner problem")
try:
    inner()
except TypeError as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
    sys.excepthook(*sys.exc_info())
sys.__excepthook__(ValueError, "not an exception", None)
for args in [(1, 2), (1, 2, 3, 4)]:
    try:
        sys.excepthook(*args)
    except TypeError as e:
        print(e)
try:
    sys.excepthook(ValueError, ValueError(), None, extra=1)
except TypeError as e:
    print(e)
print(hasattr(sys, "last_value"))
