#| title: What reference counting cannot see
#| panels: source, heap, gc
import gc

class Room:
    def __init__(self, name):
        self.name = name
        self.door_to = None

kitchen = Room("kitchen")
hall = Room("hall")
kitchen.door_to = hall
hall.door_to = kitchen
del kitchen, hall
print("both names are gone, but each room still holds the other")
print("objects found by gc.collect():", gc.collect())
