# finalize_modules puts sys.stdout back to sys.__stdout__ at shutdown, which frees a program's replacement (its __del__ runs then)
import sys
class Upper:
    def write(self, s): return sys.__stdout__.write(s.upper())
    def flush(self): pass
    def __del__(self): sys.__stdout__.write("del Upper\n")
class Late:
    def __del__(self): print("del Late, printing normally")
sys.stdout = Upper()
late = Late()
print("through the replacement")
