# sys.excepthook set to a non-callable: the TypeError of the call is "Error in sys.excepthook:"
import sys
sys.excepthook = 42
print("before")
raise ZeroDivisionError("z")
