# list.extend(iterator) appends each item as it comes, so a generator over the same list sees it grow; sizes follow
import sys
l = [1, 2]
l.extend(x * 2 for x in l if x < 100)
print(l, sys.getsizeof(l))


class Counted:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("len asked", len(target))
        return 3

    def __iter__(self):
        for item in self.items:
            print("yield", item, len(target))
            yield item


target = []
target.extend(Counted([10, 20]))
print(target, sys.getsizeof(target))
made = list(Counted("ab"))
print(made, sys.getsizeof(made))
