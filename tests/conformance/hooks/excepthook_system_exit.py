# a sys.excepthook that raises SystemExit: its code becomes the exit status and nothing more is printed
import sys
def hook(kind, value, tb):
    print("hook saw", repr(value))
    sys.exit(4)
sys.excepthook = hook
raise ValueError("x")
