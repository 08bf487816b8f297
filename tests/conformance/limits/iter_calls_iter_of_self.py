# __iter__ that iterates self
class P:
    def __iter__(self):
        return iter(self)
for x in P():
    pass
