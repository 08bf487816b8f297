# Generation 0's count after copies: the copies, the materialized __dict__s and the free-listed temporaries.
import copy
import gc

class Item:
    def __init__(self, n):
        self.n = n
        self.tags = [n]

def cost(label, make):
    gc.collect()
    before = gc.get_count()[0]
    made = make()
    print(label, gc.get_count()[0] - before)
    return made

data = [[1], [2, [3]], {"k": [4]}, (5, [6])]
item = Item(1)
for round_number in (1, 2):
    print("round", round_number)
    cost("copy list", lambda: copy.copy(data))
    cost("deepcopy list", lambda: copy.deepcopy(data))
    cost("copy instance", lambda: copy.copy(item))
    cost("deepcopy instance", lambda: copy.deepcopy(item))
    cost("deepcopy tuple", lambda: copy.deepcopy((1, 2)))
    cost("deepcopy set", lambda: copy.deepcopy({1, 2}))
    cost("deepcopy many", lambda: copy.deepcopy([Item(i) for i in range(20)]))

print("without collecting first")
rows = [[i, {"i": i}] for i in range(40)]
for _ in range(3):
    before = gc.get_count()[0]
    kept = copy.deepcopy(rows)
    also = copy.copy(item)
    print(gc.get_count()[0] - before)
