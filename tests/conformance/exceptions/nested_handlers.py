# An exception propagates outward through nested try blocks and function calls.
def level3():
    raise LookupError("deep")

def level2():
    try:
        level3()
    finally:
        print("level2 finally")

def level1():
    try:
        level2()
    except KeyError:
        print("not this one")
    print("not reached")

try:
    level1()
except LookupError as e:
    print("outer caught:", e)
