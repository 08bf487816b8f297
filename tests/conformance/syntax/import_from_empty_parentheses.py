# from ... import ( ) needs one name at least: python3 says invalid syntax under the )
from math import (sqrt,)
print(sqrt(16))
from math import ()
