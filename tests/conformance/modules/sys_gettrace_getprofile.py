# sys.gettrace() and sys.getprofile(): None, as no trace or profile function is set
import sys
print(sys.gettrace(), sys.getprofile())
try:
    sys.gettrace(1)
except TypeError as e:
    print(e)
try:
    sys.getprofile(x=1)
except TypeError as e:
    print(e)
