# a sys.excepthook that raises: "Error in sys.excepthook:", its error, then "Original exception was:" and the original
import sys
def hook(kind, value, tb):
    print("in hook", kind.__name__)
    return 1 / 0
sys.excepthook = hook
try:
    {}["missing"]
except KeyError as e:
    raise RuntimeError("while handling") from e
