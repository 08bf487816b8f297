# gc.freeze() moves python3's start-up objects to the permanent generation with the program's: the next full
# collection no longer counts them among the long-lived ones, so full collections come sooner; after
# gc.unfreeze() they count again. get_freeze_count() includes them.
import gc
gc.collect()
gc.freeze()
print(gc.get_freeze_count() - len(gc.get_objects()) > 10000)
gc.collect()
gc.set_threshold(100, 2, 2)
events = []
def watch(phase, info):
    if phase == "start" and info["generation"] == 2:
        events.append(len(kept))
gc.callbacks.append(watch)
kept = []
for i in range(30):
    kept.append(list(map(list, [()] * 50)))
print("frozen: full collections after", events, "groups kept")
gc.unfreeze()
print(gc.get_freeze_count())
gc.collect()
events.clear()
for i in range(30):
    kept.append(list(map(list, [()] * 50)))
gc.callbacks.remove(watch)
print("unfrozen: full collections after", events, "groups kept")
