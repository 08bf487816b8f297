# __add__ that adds self again
class Q:
    def __add__(self, other):
        return self + other
print(Q() + 1)
