# sys.__excepthook__ called by the program prints the exception the default way; a wrong arity is a TypeError
import sys
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.__excepthook__(type(e), e, e.__traceback__))
try:
    sys.excepthook(1)
except TypeError as e:
    print(e)
print("done")
