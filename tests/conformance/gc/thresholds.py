# Default thresholds are 700/10/10 and set_threshold changes them.
import gc

print("thresholds:", gc.get_threshold())
gc.set_threshold(500, 5, 5)
print("changed:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("restored:", gc.get_threshold())
print("enabled:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
