# type() refuses a name with a null character, and an exception's __dict__ cannot be deleted (BaseException's getset)
for args in [(1, (), {}), ('A', 1, {}), ('A', (), 1), ('A\x00B', (), {})]:
    try:
        print(type(*args))
    except Exception as e:
        print(type(e).__name__, e)
class MyErr(Exception):
    pass
for e in (ValueError(), MyErr()):
    e.x = 1
    try:
        del e.__dict__
    except Exception as x:
        print(type(x).__name__, x)
    print(e.__dict__)
    e.__dict__ = {'y': 2}
    print(e.y)
