# Py_FinalizeEx collects once with gc.callbacks before it tears the modules down; the final collection
# calls none. A disabled collector skips the first one.
import gc
def watch(phase, info):
    print("gc", phase, info["generation"], info.get("collected"))
gc.callbacks.append(watch)
print("end")
