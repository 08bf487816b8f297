# global naming an imported module is allowed (imports are not DEF_LOCAL in the symtable)
import math
global math
print("ok")
