#| title: An object's whole life
#| autoplay: true
import sys

class Ticket:
    def __init__(self, number):
        self.number = number
    def __del__(self):
        print(f"ticket {self.number} freed")

first = Ticket(1)
print("refcount with one name:", sys.getrefcount(first))
second = first
print("refcount with two names:", sys.getrefcount(first))
del first
print("after del first:", sys.getrefcount(second))
second = Ticket(2)
print("end of program")
