# A call whose arguments do not fit raises its TypeError while the new frame still holds the function, the
# *args tuple and the **kwargs dict: a collection the exception's allocation starts sees them held.
import gc
gc.collect()
def f(p, *args, key=None, **kw):
    return p
def g(p):
    return p
gc.set_threshold(1)
for call in range(3):
    try:
        f(key=call, other=call) if call % 2 else g()
    except TypeError as error:
        print(error)
try:
    f(1, 2, key=3, key2=4, p=5)
except TypeError as error:
    print(error)
gc.set_threshold(700)
print(gc.collect())
