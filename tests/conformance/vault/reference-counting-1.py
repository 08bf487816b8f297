#| title: Counting the holders
#| start: 5
import sys

class Parcel:
    pass

def inspect(item):
    print("inside a call:", sys.getrefcount(item))

parcel = Parcel()
print("one name:", sys.getrefcount(parcel))
inspect(parcel)
alias = parcel
print("two names:", sys.getrefcount(parcel))
shelf = [parcel, parcel, parcel]
print("plus three list slots:", sys.getrefcount(parcel))
shelf.clear()
del alias
print("back to one name:", sys.getrefcount(parcel))
