# every part handled: nothing is raised; sys.exc_info() inside a clause is the matching part
import sys
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print("v", repr(sys.exc_info()[1]))
except* TypeError:
    print("t", repr(sys.exc_info()[1]))
print("after", sys.exc_info())
