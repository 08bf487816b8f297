# __hash__ that hashes self
class P:
    def __hash__(self):
        return hash(self)
print({P(): 1})
