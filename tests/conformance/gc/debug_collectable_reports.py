# gc.DEBUG_COLLECTABLE and DEBUG_UNCOLLECTABLE print what the collector finds to stderr
import sys
import gc
gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
l = []; l.append(l); del l
class N: pass
n = N(); n.me = n; del n
print(gc.collect())
gc.set_debug(gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
d = {}; d["d"] = d; del d
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()

print("done", file=sys.stderr)
