# An object made inside a function is held only by that local; it dies on return.
import sys

class C:
    def __del__(self):
        print("C freed")

def work():
    local = C()
    print("local only:", sys.getrefcount(local))
    other = local
    print("two locals:", sys.getrefcount(local))
    print("returning")

work()
print("after the call")
