# A sequence whose __len__ fails: GET_LEN's error propagates from the pattern with python3's traceback.
class Weird(list):
    def __len__(self):
        raise RuntimeError("no length today")

w = Weird([1, 2])
for item in w:
    print("iterating still works:", item)
match w:
    case [a, b]:
        print("never")
