# gc.set_threshold reads C ints as PyArg_ParseTuple's 'i' does (storing each as it goes); gc.set_debug's must fit a C int
import gc
for a in [(2**31,), (1, 2**31), (-2**31-1,), (1.5,), ('x',), (True,), (2**63,), (5, 6, 2**40)]:
    try: gc.set_threshold(*a); print('ok', gc.get_threshold())
    except Exception as e: print(type(e).__name__, e, gc.get_threshold())
for a in [2**31, -1, 1.5, 2**63, 'x', 0]:
    try: gc.set_debug(a); print('ok', gc.get_debug())
    except Exception as e: print(type(e).__name__, e)
gc.set_threshold(700, 10, 10)
