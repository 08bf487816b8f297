# AttributeError suggestions on user objects, modules, builtins and classes
import math
class Robot:
    species = "bot"
    def __init__(self):
        self.battery = 10
        self.position = (0, 0)
    def move_forward(self):
        pass
r = Robot()
for name in ("batery", "positon", "move_foward", "specie", "Battery", "xyz", "move"):
    try:
        getattr(r, name)
    except AttributeError as e:
        print(e)
for obj, name in (([], "apend"), ("s", "uper"), ({}, "iterms"), (math, "sqr"), (Robot, "speces"), (1, "real_"), ((1,), "count_")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
try:
    r.battery.charge()
except AttributeError as e:
    print(e)
try:
    None.append(1)
except AttributeError as e:
    print(e)
try:
    r.speed += 1
except AttributeError as e:
    print(e)
try:
    del r.speed
except AttributeError as e:
    print(e)
nums = [3, 1, 2]
nums.sort().reverse()
