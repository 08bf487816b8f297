# a KeyboardInterrupt that ends the program goes to sys.excepthook too, and the exit status stays 130
import sys
sys.excepthook = lambda kind, value, tb: print("hooked", kind.__name__, sys.last_value is value)
raise KeyboardInterrupt
