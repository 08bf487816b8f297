# Closing a suspended generator (close(), its death, a broken for loop) raises GeneratorExit in it without making the exception object unless the generator catches it: its locals' __del__ see no GeneratorExit in gc.get_count()
import gc
gc.collect()

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  ", self.name, "dies", gc.get_count())

def plain():
    item = Item("plain local")
    yield 1
    yield 2

def catches():
    item = Item("catching local")
    try:
        yield 1
    except GeneratorExit as e:
        print("  caught", type(e).__name__, gc.get_count())

for make in (plain, catches):
    g = make()
    next(g)
    gc.collect()
    g.close()
    print(make.__name__, "closed", gc.get_count())
    g = make()
    next(g)
    gc.collect()
    del g
    print(make.__name__, "dropped", gc.get_count())
gc.collect()
for x in plain():
    break
print("after break", gc.get_count())
gc.collect()
print(sum(x for x in plain() if x < 2), gc.get_count())
