# __repr__ that calls repr(self)
class P:
    def __repr__(self):
        return "P(" + repr(self) + ")"
print([P()])
