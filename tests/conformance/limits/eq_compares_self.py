# __eq__ that compares self
class P:
    def __eq__(self, other):
        return self == other
print(P() == P())
