# A constant return value is loaded after the finally body and the with block's __exit__ run, as compile.c orders it
def f(x):
    try:
        if x:
            return 1000
        return x
    finally:
        print("fin")
def g():
    with open_ctx() as c:
        return 2000
class open_ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def h():
    for i in range(3):
        try:
            return "s t"
        except ValueError as e:
            return None
def k():
    try:
        raise KeyError
    except KeyError as err:
        return 3000
    finally:
        pass
def m():
    try:
        return (
            1000)
    finally:
        print("m")
print(f(1), f(0), g(), h(), k(), m())
