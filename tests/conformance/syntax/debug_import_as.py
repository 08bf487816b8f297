# importing as __debug__: the SyntaxError points at the import statement
import math as __debug__
