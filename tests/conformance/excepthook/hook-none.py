# sys.excepthook set to None: calling it fails, reported as "Error in sys.excepthook:" before the original
import sys
sys.excepthook = None
raise ValueError("x")
