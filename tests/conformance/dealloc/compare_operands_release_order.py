# A comparison releases its left operand, then its right: a __del__ of the left one runs while the right one still waits
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

print(Loud(1) == Loud(2))
print([Loud(3)] == [Loud(4)])
print(Loud(5) is Loud(6))
print(Loud(7) in [Loud(8)])
